package com.fabwright.gerber.interpret;

import com.fabwright.image.Attributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribute dictionaries of Gerber X2 (spec 5.1-5.2): file attributes ({@code TF}), the
 * current aperture dictionary ({@code TA}, captured by each {@code AD}) and the current object
 * dictionary ({@code TO}, attached to each object created). Snapshots are cached so consecutive
 * objects share one {@link Attributes} instance.
 */
final class AttributeState {
    private final Map<String, List<String>> file = new LinkedHashMap<>();
    private final Map<String, List<String>> aperture = new LinkedHashMap<>();
    private final Map<String, List<String>> object = new LinkedHashMap<>();
    private Attributes apertureSnapshot = Attributes.EMPTY;
    private Attributes objectSnapshot = Attributes.EMPTY;
    private Attributes lastApertureInput;
    private Attributes lastMerged;

    void setFile(String name, List<String> values) {
        file.put(name, values);
    }

    void setAperture(String name, List<String> values) {
        aperture.put(name, values);
        apertureSnapshot = null;
    }

    void setObject(String name, List<String> values) {
        object.put(name, values);
        objectSnapshot = null;
        lastMerged = null;
    }

    /** {@code TD}: deletes the named aperture or object attribute, or all of both when name is empty. */
    void delete(String name) {
        if (name.isEmpty()) {
            aperture.clear();
            object.clear();
        } else {
            aperture.remove(name);
            object.remove(name);
        }
        apertureSnapshot = null;
        objectSnapshot = null;
        lastMerged = null;
    }

    Attributes fileAttributes() {
        return Attributes.of(file);
    }

    Attributes apertureAttributes() {
        if (apertureSnapshot == null) {
            apertureSnapshot = Attributes.of(aperture);
        }
        return apertureSnapshot;
    }

    /** The attributes of a new object drawn with an aperture carrying {@code apertureAttributes}. */
    Attributes forObject(Attributes apertureAttributes) {
        if (objectSnapshot == null) {
            objectSnapshot = Attributes.of(object);
            lastMerged = null;
        }
        if (lastMerged == null || lastApertureInput != apertureAttributes) {
            lastApertureInput = apertureAttributes;
            lastMerged = apertureAttributes.with(objectSnapshot);
        }
        return lastMerged;
    }
}
