package com.fabwright.job.identify;

/**
 * The layer a naming rule or attribute points at, before copper numbering is settled for the whole
 * job. {@link #NOT_A_LAYER} marks names that tools use for side files (Eagle {@code .gpi}, Altium
 * {@code .apr}) so that they are not mistaken for layers.
 */
enum LayerTemplate {
    TOP_COPPER("top-copper", LayerFunction.COPPER, Side.TOP),
    BOTTOM_COPPER("bottom-copper", LayerFunction.COPPER, Side.BOTTOM),
    INNER_COPPER("inner-copper", LayerFunction.COPPER, Side.INNER),
    TOP_MASK("top-mask", LayerFunction.SOLDERMASK, Side.TOP),
    BOTTOM_MASK("bottom-mask", LayerFunction.SOLDERMASK, Side.BOTTOM),
    TOP_SILK("top-silk", LayerFunction.SILKSCREEN, Side.TOP),
    BOTTOM_SILK("bottom-silk", LayerFunction.SILKSCREEN, Side.BOTTOM),
    TOP_PASTE("top-paste", LayerFunction.PASTE, Side.TOP),
    BOTTOM_PASTE("bottom-paste", LayerFunction.PASTE, Side.BOTTOM),
    OUTLINE("outline", LayerFunction.OUTLINE, Side.NONE),
    DRILL("drill", LayerFunction.DRILL, Side.NONE),
    DRILL_PTH("drill-pth", LayerFunction.DRILL, Side.NONE),
    DRILL_NPTH("drill-npth", LayerFunction.DRILL, Side.NONE),
    TOP_ASSEMBLY("top-assembly", LayerFunction.DRAWING, Side.TOP),
    BOTTOM_ASSEMBLY("bottom-assembly", LayerFunction.DRAWING, Side.BOTTOM),
    TOP_COMPONENT("top-component", LayerFunction.COMPONENT, Side.TOP),
    BOTTOM_COMPONENT("bottom-component", LayerFunction.COMPONENT, Side.BOTTOM),
    MECHANICAL("mechanical", LayerFunction.MECHANICAL, Side.NONE),
    DRILL_MAP("drill-map", LayerFunction.DRAWING, Side.NONE),
    DRAWING("drawing", LayerFunction.DRAWING, Side.NONE),
    TOP_OTHER("other", LayerFunction.OTHER, Side.TOP),
    BOTTOM_OTHER("other", LayerFunction.OTHER, Side.BOTTOM),
    OTHER("other", LayerFunction.OTHER, Side.NONE),
    NOT_A_LAYER("other", LayerFunction.OTHER, Side.NONE);

    final String id;
    final LayerFunction function;
    final Side side;

    LayerTemplate(String id, LayerFunction function, Side side) {
        this.id = id;
        this.function = function;
        this.side = side;
    }

    boolean isCopper() {
        return function == LayerFunction.COPPER;
    }

    boolean isDrill() {
        return function == LayerFunction.DRILL;
    }

    /** The id this template gives a file, for comparing candidates. */
    String key(Integer number) {
        if (this == INNER_COPPER) {
            return number == null ? "inner?-copper" : "inner" + number + "-copper";
        }
        if (this == MECHANICAL) {
            return "mechanical-" + (number == null ? "?" : number);
        }
        return id;
    }
}
