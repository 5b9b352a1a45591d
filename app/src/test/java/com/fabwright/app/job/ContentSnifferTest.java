package com.fabwright.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentSnifferTest {
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "%FSLAX46Y46*%\\n%MOMM*%                         | GERBER",
        "G04 KiCad comment*\\nD10*                        | GERBER",
        "%MOIN*%                                          | GERBER",
        "%ADD10C,0.1*%                                    | GERBER",
        "M48\\n;FORMAT={-:-/ absolute / metric / decimal}  | OTHER",
        "; drill\\nM48\\nMETRIC                            | OTHER",
        "Designator,Mid X,Mid Y,Layer,Rotation            | OTHER",
        "G04 no star here                                 | OTHER",
        "hello world                                      | OTHER",
    })
    void sniffsByContent(String text, FileKind kind) {
        byte[] bytes = text.replace("\\n", "\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(ContentSniffer.sniff(bytes)).isEqualTo(kind);
    }

    @org.junit.jupiter.api.Test
    void binaryIsOther() {
        assertThat(ContentSniffer.sniff(new byte[] {'%', 'F', 'S', 0, 1, 2})).isEqualTo(FileKind.OTHER);
    }
}
