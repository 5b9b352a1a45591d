package com.fabwright.app.ui;

import com.fabwright.quote.rates.Rate;
import com.fabwright.quote.rates.RateProfile;
import com.fabwright.quote.rates.UserRates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rate-profile editor: a profile opened as the user's copy in {@code FABWRIGHT_HOME/rates}
 * (copied from the shipped one the first time, as {@code fabwright rates copy} does), shown as an
 * editable key/value/unit table, its numbers and units validated, and saved with a new version.
 */
public final class RateEditorViewModel {
    /** One editable rate. */
    public static final class Row {
        private final String key;
        private final String source;
        private final StringProperty value;
        private final StringProperty unit;

        Row(Rate r) {
            key = r.key();
            source = r.source();
            value = new SimpleStringProperty(r.value().isValueNode() ? r.value().asText() : r.value().toString());
            unit = new SimpleStringProperty(r.unit());
        }

        public String key() {
            return key;
        }

        public String source() {
            return source;
        }

        public StringProperty valueProperty() {
            return value;
        }

        public StringProperty unitProperty() {
            return unit;
        }
    }

    private final UserRates user;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty version = new SimpleStringProperty("");
    private final StringProperty file = new SimpleStringProperty("");
    private RateProfile profile;

    public RateEditorViewModel(Path home) {
        this.user = new UserRates(home.resolve("rates"));
    }

    /** Opens the user's copy of a shipped profile, copying it first when there is none. */
    public void open(String name) throws IOException {
        RateProfile shipped = RateProfile.shipped(name);
        Path f = user.file(shipped.name());
        if (!Files.isRegularFile(f)) {
            user.copy(shipped.name());
        }
        profile = RateProfile.load(shipped.name(), user.folder());
        rows.setAll(profile.rates().values().stream().sorted(java.util.Comparator.comparing(Rate::key)).map(Row::new).toList());
        version.set(profile.version());
        file.set(f.toString());
        problems.clear();
    }

    private Map<String, String[]> edits() {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Row r : rows) {
            out.put(r.key(), new String[] {r.valueProperty().get(), r.unitProperty().get()});
        }
        return out;
    }

    /** Checks the table; the problems are listed, none means it can be saved. */
    public boolean validate() {
        if (profile == null) {
            problems.setAll("open a profile first");
            return false;
        }
        List<String> p = UserRates.validate(profile, edits()).stream().map(x -> x.key() + ": " + x.message()).toList();
        problems.setAll(p);
        return p.isEmpty();
    }

    /** Validates and saves the copy; false (with the problems listed) when something is wrong. */
    public boolean save() throws IOException {
        if (!validate()) {
            return false;
        }
        profile = user.save(profile, edits(), version.get());
        return true;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public StringProperty versionProperty() {
        return version;
    }

    /** The file the copy is saved in. */
    public StringProperty fileProperty() {
        return file;
    }

    public RateProfile profile() {
        return profile;
    }
}
