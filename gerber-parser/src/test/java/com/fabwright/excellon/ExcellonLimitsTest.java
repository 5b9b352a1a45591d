package com.fabwright.excellon;

import static com.fabwright.excellon.ExcellonText.codes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.input.InputLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcellonLimitsTest {

    @Test
    void holesOverTheObjectLimitStopReadingWithAnError() {
        InputLimits limits = InputLimits.DEFAULTS.withMaxObjectsPerLayer(3);
        DrillFile f = ExcellonText.read(limits, "M48", "METRIC", "T1C0.5", "%", "T1", "X1.0Y1.0", "X2.0Y1.0",
                "X3.0Y1.0", "X4.0Y1.0", "X5.0Y1.0", "M30");
        assertThat(f.hits()).hasSize(3);
        assertThat(codes(f)).contains("DRL-E006");
    }

    @Test
    void aHugeRepeatCountIsRefusedBeforeItIsExpanded() {
        InputLimits limits = InputLimits.DEFAULTS.withMaxObjectsPerLayer(1000);
        DrillFile f = ExcellonText.read(limits, "M48", "INCH,TZ", "T1C0.01", "%", "T1", "X1000Y1000", "R999999999X1", "M30");
        assertThat(f.hits()).hasSize(1);
        assertThat(codes(f)).contains("DRL-E006");
    }

    @Test
    void slotsCountTowardsTheLimit() {
        InputLimits limits = InputLimits.DEFAULTS.withMaxObjectsPerLayer(2);
        DrillFile f = ExcellonText.read(limits, "M48", "METRIC", "T1C0.5", "%", "T1", "X1.0Y1.0G85X2.0Y1.0",
                "X1.0Y2.0G85X2.0Y2.0", "X1.0Y3.0G85X2.0Y3.0", "M30");
        assertThat(f.slots()).hasSize(2);
        assertThat(codes(f)).contains("DRL-E006");
    }

    @Test
    void contentOverTheFileSizeLimitIsNotRead(@TempDir Path dir) throws Exception {
        InputLimits limits = InputLimits.DEFAULTS.withMaxFileBytes(10);
        byte[] content = ExcellonText.bytes("M48", "METRIC", "T1C0.5", "%", "T1", "X1.0Y1.0", "M30");
        DrillFile inMemory = new ExcellonReader(limits).read("big.drl", content);
        assertThat(codes(inMemory)).containsExactly("DRL-E001");
        Path p = dir.resolve("big.drl");
        Files.write(p, content);
        assertThat(codes(new ExcellonReader(limits).read(p))).containsExactly("DRL-E001");
    }
}
