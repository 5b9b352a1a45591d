package com.fabwright.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The inputs sheet: every row edits its own input, marks it entered, and refuses what does not parse. */
class InputSheetTest {
    @ParameterizedTest
    @CsvSource({"1.6, 1.6", "1.6mm, 1.6", "0.062in, 1.5748", "6mil, 0.1524", "2 mm, 2"})
    void lengthsTakeUnits(String text, double mm) {
        assertThat(InputSheet.length(text)).isCloseTo(mm, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"width, 80, 80", "layers, 4, 4", "finish, ENIG, ENIG", "impedance, yes, yes", "impedance, false, no",
            "min-track, 5mil, 0.127", "holes, 120, 120", "copper-oz, 2, 2"})
    void anEditedRowIsEnteredWithItsValue(String key, String text, String shown) {
        BoardSpec b = InputSheet.edit(BoardInputs.none(), key, text);
        InputSheet.Row row = InputSheet.rows(b).stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
        assertThat(row.value()).isEqualTo(shown);
        assertThat(row.origin()).isEqualTo(Origin.ENTERED);
        assertThat(InputSheet.rows(b).stream().filter(r -> r.origin() == Origin.ENTERED)).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"width, -3, positive", "width, wide, not a number", "layers, 2.5, not a number", "impedance, maybe, yes or no",
            "finish, '', empty", "colour, red, no quote input"})
    void badValuesNameTheRow(String key, String text, String says) {
        assertThatThrownBy(() -> InputSheet.edit(BoardInputs.none(), key, text)).hasMessageStartingWith(key).hasMessageContaining(says);
    }
}
