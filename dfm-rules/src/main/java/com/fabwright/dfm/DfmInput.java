package com.fabwright.dfm;

import com.fabwright.assembly.Placement;
import com.fabwright.board.Board;
import com.fabwright.board.BoardLayer;
import com.fabwright.board.DrillLayer;
import com.fabwright.board.Hole;
import com.fabwright.board.OutlineContour;
import com.fabwright.dfm.copper.CopperLayer;
import com.fabwright.dfm.copper.ShapedObject;
import com.fabwright.dfm.net.Ipc356Reader;
import com.fabwright.dfm.net.NetAssignment;
import com.fabwright.dfm.net.NetResolver;
import com.fabwright.dfm.net.NetSource;
import com.fabwright.geometry.ImageGeometry;
import com.fabwright.geometry.LayerGeometry;
import com.fabwright.geometry.Units;
import com.fabwright.image.Image;
import com.fabwright.job.FileKind;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import com.fabwright.job.identify.LayerFunction;
import com.fabwright.job.identify.Side;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a DFM run measures, shared read-only by the rules: the job, its board, the
 * placements (empty when the job has none), the copper features of every copper layer with their
 * nets, the holes, the board edge, and the final image of any layer, each built once on first use.
 * Thread-safe; rules running in parallel share the caches.
 */
public final class DfmInput {
    private static final Logger LOG = LoggerFactory.getLogger(DfmInput.class);

    private final Job job;
    private final Board board;
    private final List<Placement> placements;
    private final double copperOz;
    private final NetSource forcedNets;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ImageGeometry imageGeometry = new ImageGeometry();
    private final Map<String, Lazy<Optional<LayerGeometry>>> geometry = new ConcurrentHashMap<>();
    private final Lazy<List<List<ShapedObject>>> shaped;
    private final Lazy<NetAssignment> nets;
    private final Lazy<List<CopperLayer>> copper;
    private final Lazy<List<DrillHole>> holes;
    private final Lazy<Geometry> edges;
    private final Lazy<List<Geometry>> edgeElements;
    private final Lazy<List<LayerGeometry>> mergedCopper;

    /**
     * @param job        the loaded job
     * @param board      its board
     * @param placements component placements, empty when none
     * @param copperOz   finished copper weight in oz/ft² (profiles pick thresholds by it); 1 is usual
     * @param forcedNets a net source to use instead of the best available (tests), or {@code null}
     */
    public DfmInput(Job job, Board board, List<Placement> placements, double copperOz, NetSource forcedNets) {
        this.job = job;
        this.board = board;
        this.placements = List.copyOf(placements);
        this.copperOz = copperOz;
        this.forcedNets = forcedNets;
        this.shaped = new Lazy<>(this::shapeCopper);
        this.nets = new Lazy<>(this::resolveNets);
        this.copper = new Lazy<>(this::buildCopper);
        this.holes = new Lazy<>(this::collectHoles);
        this.edges = new Lazy<>(this::buildEdges);
        this.edgeElements = new Lazy<>(this::buildEdgeElements);
        this.mergedCopper = new Lazy<>(() -> IntStream.range(0, board.copper().size()).parallel()
                .mapToObj(i -> imageGeometry.toGeometry(image(board.copper().get(i)))).toList());
    }

    /** A run on a job with its board, no placements, 1 oz copper and the best net source. */
    public DfmInput(Job job, Board board) {
        this(job, board, List.of(), 1.0, null);
    }

    public Job job() {
        return job;
    }

    public Board board() {
        return board;
    }

    public List<Placement> placements() {
        return placements;
    }

    public double copperOz() {
        return copperOz;
    }

    /** Asks running rules to stop. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    /** Copper layers, top first, with their features and nets. */
    public List<CopperLayer> copper() {
        return copper.get();
    }

    /** Where the nets come from. */
    public NetAssignment nets() {
        return nets.get();
    }

    /** Holes of the non-duplicate drill layers. */
    public List<DrillHole> holes() {
        return holes.get();
    }

    /**
     * The board edge: the centre lines of the board's closed contours (outer edges and cut-outs), or
     * of every outline chain when none closed (a MultiLineString), empty without an outline.
     */
    public Geometry edges() {
        return edges.get();
    }

    /**
     * The board edge as the CAD tool drew it: one centre line per draw or arc of the outline layer
     * (a KiCad {@code gr_line}/{@code gr_arc}), so that edge findings come per edge element as a CAD
     * DRC reports them; the chained contours when the outline came from elsewhere.
     */
    public List<Geometry> edgeElements() {
        return edgeElements.get();
    }

    /** Board thickness: the job file's, else 1.6 mm. */
    public double thicknessMm() {
        return board.thicknessMm() != null ? board.thicknessMm() : 1.6;
    }

    /** The image of the first file identified as {@code layerId}, if any. */
    public Optional<JobFile> file(String layerId) {
        return job.files().stream().filter(f -> f.layer() != null && f.layer().id().equals(layerId) && f.image() != null)
                .findFirst();
    }

    /** The first file with this function on this side, if any ({@code SOLDERMASK}, {@code TOP}). */
    public Optional<JobFile> file(LayerFunction function, Side side) {
        return job.files().stream().filter(f -> f.layer() != null && f.layer().function() == function
                && f.layer().side() == side && f.image() != null).findFirst();
    }

    /** The final image of a layer as polygons, built once; empty when the job has no such layer. */
    public Optional<LayerGeometry> geometry(String layerId) {
        return geometry.computeIfAbsent(layerId, id -> new Lazy<>(() -> file(id).map(f -> imageGeometry.toGeometry(f.image()))))
                .get();
    }

    /** One new shape function for one thread ({@link ImageGeometry#objectShapes()}). */
    public java.util.function.Function<com.fabwright.image.GraphicObject, Geometry> shaper() {
        return imageGeometry.objectShapes();
    }

    private List<List<ShapedObject>> shapeCopper() {
        List<BoardLayer> layers = board.copper();
        return IntStream.range(0, layers.size()).parallel()
                .mapToObj(i -> ShapedObject.of(image(layers.get(i)), imageGeometry.objectShapes(), imageGeometry.chordErrorMm()))
                .toList();
    }

    private static Image image(BoardLayer l) {
        return l.image() != null ? l.image() : Image.empty();
    }

    private NetAssignment resolveNets() {
        List<Ipc356Reader.TestPoint> points = null;
        for (JobFile f : job.ofKind(FileKind.IPC356)) {
            try {
                points = Ipc356Reader.read(f.file());
                break;
            } catch (IOException | RuntimeException e) {
                LOG.warn("{}: IPC-D-356 netlist unreadable: {}", f.path(), e.toString());
            }
        }
        List<BoardLayer> layers = board.copper();
        return NetResolver.resolve(shaped.get(), mergedCopper, holes(), points, forcedNets);
    }

    private List<CopperLayer> buildCopper() {
        List<List<ShapedObject>> s = shaped.get();
        NetAssignment n = nets.get();
        List<CopperLayer> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            BoardLayer l = board.copper().get(i);
            List<String> layerNets = n.nets().get(i);
            List<ShapedObject> objs = s.get(i);
            List<com.fabwright.dfm.copper.CopperFeature> features = new ArrayList<>(objs.size());
            if (hasClear(image(l))) {
                features.addAll(islandFeatures(mergedCopper.get().get(i), objs, layerNets));
            } else {
                for (int k = 0; k < objs.size(); k++) {
                    features.add(objs.get(k).feature(layerNets.get(k)));
                }
            }
            out.add(CopperLayer.of(i + 1, l.layer() != null ? l.layer().id() : "copper-" + (i + 1), l.path(), features));
        }
        return out;
    }

    private static boolean hasClear(Image image) {
        return image.objects().stream().anyMatch(o -> o.polarity() == com.fabwright.image.Polarity.CLEAR);
    }

    /**
     * A layer with clear (LPC) objects is measured on its final image: the objects overlap where
     * clear ones cut them apart (Altium pours), so each merged polygon is one feature, on the net
     * of the first object inside it (docs/dfm.md).
     */
    private static List<com.fabwright.dfm.copper.CopperFeature> islandFeatures(LayerGeometry merged, List<ShapedObject> objs,
                                                                               List<String> nets) {
        org.locationtech.jts.index.strtree.STRtree tree = new org.locationtech.jts.index.strtree.STRtree();
        for (int k = 0; k < objs.size(); k++) {
            tree.insert(objs.get(k).shape().getEnvelopeInternal(), k);
        }
        List<com.fabwright.dfm.copper.CopperFeature> out = new ArrayList<>();
        List<org.locationtech.jts.geom.Polygon> polys = merged.polygons();
        for (int p = 0; p < polys.size(); p++) {
            org.locationtech.jts.geom.Polygon poly = polys.get(p);
            org.locationtech.jts.geom.prep.PreparedGeometry pg = org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(poly);
            String net = "";
            com.fabwright.image.GraphicObject source = null;
            for (Object o : tree.query(poly.getEnvelopeInternal())) {
                int k = (Integer) o;
                if (pg.intersects(objs.get(k).shape().getInteriorPoint())) {
                    if (source == null || net.isEmpty() && !nets.get(k).isEmpty()) {
                        source = objs.get(k).object();
                        net = nets.get(k);
                    }
                }
            }
            if (source == null && !objs.isEmpty()) {
                source = objs.get(0).object();
            }
            if (source != null) {
                out.add(new com.fabwright.dfm.copper.CopperFeature(p, com.fabwright.dfm.copper.CopperFeature.Kind.REGION, net,
                        poly, null, 0, source));
            }
        }
        return out;
    }

    private List<DrillHole> collectHoles() {
        List<DrillHole> out = new ArrayList<>();
        for (DrillLayer d : board.drills()) {
            if (d.duplicateOf() != null) {
                continue;
            }
            String id = d.layer() != null ? d.layer().id() : "drill";
            List<Geometry> axes = slotAxes(d);
            int slot = 0;
            for (Hole h : d.holes()) {
                Geometry axis = h.slot() && axes != null && slot < axes.size() ? axes.get(slot++) : null;
                out.add(new DrillHole(h.diameterMm(), h.plating(), h.slot(), h.via(), Units.mm(h.at().x()),
                        Units.mm(h.at().y()), id, axis));
            }
        }
        return out;
    }

    private List<Geometry> buildEdgeElements() {
        com.fabwright.board.Outline o = board.outline();
        JobFile src = o.source() == null ? null
                : job.files().stream().filter(f -> o.source().equals(f.path()) && f.image() != null).findFirst().orElse(null);
        List<Geometry> out = new ArrayList<>();
        if (src != null) {
            for (com.fabwright.image.GraphicObject g : src.image().objects()) {
                if (g instanceof com.fabwright.image.GraphicObject.Draw d && !d.from().equals(d.to())) {
                    out.add(Units.FACTORY.createLineString(new Coordinate[] {mm(d.from()), mm(d.to())}));
                } else if (g instanceof com.fabwright.image.GraphicObject.ArcDraw a) {
                    out.add(Units.FACTORY.createLineString(com.fabwright.geometry.ArcLinearizer.centreLine(a.from(), a.to(),
                            a.center(), a.clockwise(), 1e-4).toArray(new Coordinate[0])));
                }
            }
        }
        if (!o.board().isEmpty() && !out.isEmpty()) {
            // only the elements on the board's contours: an outline layer often also holds dimensions and notes
            List<LineString> rings = new ArrayList<>();
            for (OutlineContour c : o.board()) {
                rings.add(Units.FACTORY.createLineString(c.points().toArray(new Coordinate[0])));
            }
            org.locationtech.jts.operation.distance.IndexedFacetDistance contour =
                    new org.locationtech.jts.operation.distance.IndexedFacetDistance(
                            Units.FACTORY.createMultiLineString(rings.toArray(new LineString[0])));
            out.removeIf(g -> !contour.isWithinDistance(g.getInteriorPoint(), 0.01)
                    || !contour.isWithinDistance(g.getFactory().createPoint(g.getCoordinates()[0]), 0.01));
        }
        if (out.isEmpty()) {
            Geometry e = edges();
            for (int i = 0; i < e.getNumGeometries(); i++) {
                out.add(e.getGeometryN(i));
            }
        }
        return List.copyOf(out);
    }

    private static Coordinate mm(com.fabwright.image.Point p) {
        return new Coordinate(Units.mm(p.x()), Units.mm(p.y()));
    }

    /**
     * The tool paths of an Excellon layer's slots, in the order {@link DrillLayer#of} lists the slot
     * holes (after the hits, one per routed path or G85 slot); {@code null} for Gerber drill layers.
     */
    private List<Geometry> slotAxes(DrillLayer d) {
        JobFile f = job.files().stream().filter(x -> x.path().equals(d.path()) && x.drill() != null).findFirst().orElse(null);
        if (f == null) {
            return null;
        }
        Map<Integer, List<Coordinate>> paths = new java.util.LinkedHashMap<>();
        int single = -1;
        for (com.fabwright.excellon.DrillSlot s : f.drill().slots()) {
            List<Coordinate> pts = paths.computeIfAbsent(s.path() < 0 ? single-- : s.path(), k -> new ArrayList<>());
            List<Coordinate> seg = s.isArc()
                    ? com.fabwright.geometry.ArcLinearizer.centreLine(s.from(), s.to(), s.center(), s.clockwise(), 1e-3)
                    : List.of(mm(s.from()), mm(s.to()));
            for (Coordinate c : seg) {
                if (pts.isEmpty() || !pts.get(pts.size() - 1).equals2D(c)) {
                    pts.add(c);
                }
            }
        }
        List<Geometry> out = new ArrayList<>();
        for (List<Coordinate> pts : paths.values()) {
            out.add(pts.size() == 1 ? Units.FACTORY.createPoint(pts.get(0))
                    : Units.FACTORY.createLineString(pts.toArray(new Coordinate[0])));
        }
        return out;
    }

    private Geometry buildEdges() {
        List<LineString> lines = new ArrayList<>();
        com.fabwright.board.Outline o = board.outline();
        for (OutlineContour c : o.board().isEmpty() ? o.contours() : o.board()) {
            if (c.points().size() >= 2) {
                lines.add(Units.FACTORY.createLineString(c.points().toArray(new Coordinate[0])));
            }
        }
        return Units.FACTORY.createMultiLineString(lines.toArray(new LineString[0]));
    }
}
