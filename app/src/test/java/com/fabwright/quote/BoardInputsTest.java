package com.fabwright.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoardInputsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "ENIG, ENIG", "ENIG-Immersion Gold, ENIG", "HAL SnPb, HASL", "HAL lead-free, LF-HASL", "LF-HASL, LF-HASL",
            "OSP, OSP", "Immersion silver, ImmAg", "Immersion tin, ImmSn", "None, null", "null, null", "Carbon, null"})
    void job_file_finish_words_map_to_rate_keys_or_to_unknown(String word, String key) {
        assertThat(BoardInputs.normaliseFinish(word)).isEqualTo(key);
    }
}
