package com.fabwright.store;

import com.fabwright.quote.Quote;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** The whole computed quote as JSON, as stored with each revision and read back for exports. */
public final class QuoteJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build();

    private QuoteJson() {
    }

    public static String write(Quote q) {
        try {
            return MAPPER.writeValueAsString(q);
        } catch (IOException e) {
            throw new StoreException("cannot write quote as JSON: " + e.getMessage(), e);
        }
    }

    public static Quote read(String json) {
        try {
            return MAPPER.readValue(json, Quote.class);
        } catch (IOException e) {
            throw new StoreException("stored quote JSON unreadable: " + e.getMessage(), e);
        }
    }
}
