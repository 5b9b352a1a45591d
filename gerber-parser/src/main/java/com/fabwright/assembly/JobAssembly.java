package com.fabwright.assembly;

import com.fabwright.assembly.bom.Bom;
import com.fabwright.assembly.bom.BomReader;
import com.fabwright.assembly.cpl.CplReader;
import com.fabwright.assembly.cpl.PlacementFile;
import com.fabwright.assembly.cpl.X3ComponentReader;
import com.fabwright.assembly.table.ColumnOverride;
import com.fabwright.image.Image;
import com.fabwright.job.FileKind;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the assembly data of a loaded job (DESIGN.md "The data path": Board ... components/placements,
 * BOM): every file sniffed as {@code bom} or {@code cpl}, every Gerber X3 component layer, and BOM
 * and CPL files given beside the job ({@code --bom}, {@code --cpl}); the pads come from the
 * {@code .P} attributes of the outer copper layers.
 */
public final class JobAssembly {
    private JobAssembly() {
    }

    /** The assembly data of BOM and CPL files alone (no job: no X3 layers, no pads). */
    public static AssemblyData of(List<Path> boms, List<Path> cpls) {
        return of(null, boms, cpls);
    }

    /** The assembly data of a job ({@code null}: none), plus extra BOM and CPL files (may be empty). */
    public static AssemblyData of(Job job, List<Path> extraBoms, List<Path> extraCpls) {
        return of(job, extraBoms, extraCpls, Readers.AUTOMATIC);
    }

    /**
     * How each BOM and CPL file is read: with the automatic column mapping, or with a user's or a
     * remembered correction chosen per file.
     */
    public interface Readers {
        /** The automatic column mapping for every file. */
        Readers AUTOMATIC = new Readers() {
        };

        /** Reads one BOM file. */
        default Bom bom(BomReader reader, Path file, String name) {
            return reader.read(file, name, ColumnOverride.none());
        }

        /** Reads one placement file. */
        default PlacementFile cpl(CplReader reader, Path file, String name) {
            return reader.read(file, name, ColumnOverride.none());
        }
    }

    /** As {@link #of(Job, List, List)}, each BOM and CPL file read by {@code readers}. */
    public static AssemblyData of(Job job, List<Path> extraBoms, List<Path> extraCpls, Readers readers) {
        List<Bom> boms = new ArrayList<>();
        List<PlacementFile> cpls = new ArrayList<>();
        List<PlacementFile> x3 = new ArrayList<>();
        Image top = null;
        Image bottom = null;
        BomReader bomReader = new BomReader();
        CplReader cplReader = new CplReader();
        for (Path p : extraBoms) {
            boms.add(readers.bom(bomReader, p, p.toString()));
        }
        for (Path p : extraCpls) {
            cpls.add(readers.cpl(cplReader, p, p.toString()));
        }
        for (JobFile f : job == null ? List.<JobFile>of() : job.files()) {
            if (f.kind() == FileKind.BOM) {
                boms.add(readers.bom(bomReader, f.file(), f.path()));
            } else if (f.kind() == FileKind.CPL) {
                cpls.add(readers.cpl(cplReader, f.file(), f.path()));
            } else if (f.kind() == FileKind.GERBER && f.gerber() != null) {
                Image image = f.gerber().image();
                if (X3ComponentReader.isComponentLayer(image)) {
                    x3.add(X3ComponentReader.read(image, f.path()));
                } else if (f.layer() != null && f.layer().id().equals("top-copper")) {
                    top = image;
                } else if (f.layer() != null && f.layer().id().equals("bottom-copper")) {
                    bottom = image;
                }
            }
        }
        return assemble(cpls, x3, boms, PadIndex.of(top, bottom));
    }

    /** Chooses the placements to use and computes the statistics. */
    public static AssemblyData assemble(List<PlacementFile> cpls, List<PlacementFile> x3, List<Bom> boms, PadIndex pads) {
        List<PlacementFile> all = new ArrayList<>(cpls);
        all.addAll(x3);
        List<Placement> used = new ArrayList<>();
        String source = null;
        PlacementFile best = bestCpl(cpls);
        if (best != null) {
            used.addAll(best.placements());
            source = best.source();
            java.util.Set<String> have = new java.util.HashSet<>();
            used.forEach(p -> have.add(p.refdes()));
            for (PlacementFile other : cpls) {
                List<Placement> extra = other.placements().stream().filter(p -> !have.contains(p.refdes())).toList();
                if (other != best && !extra.isEmpty()) {
                    used.addAll(extra);
                    extra.forEach(p -> have.add(p.refdes()));
                    source = source + ", " + other.source();
                }
            }
        } else if (!x3.isEmpty()) {
            x3.forEach(p -> used.addAll(p.placements()));
            source = String.join(", ", x3.stream().map(p -> fileName(p.source())).toList());
        }
        Bom bom = boms.isEmpty() ? null : boms.get(0);
        AssemblyStatistics stats = used.isEmpty() && bom == null ? null
                : AssemblyStatisticsCalculator.compute(used, bom, pads, source == null ? "" : fileName(source));
        return new AssemblyData(all, used, source, boms, pads, stats);
    }

    /**
     * The CPL to start from: the one with the most placements (KiCad writes top, bottom and both
     * files); parts of other CPL files not in it are added (a top file and a bottom file).
     */
    private static PlacementFile bestCpl(List<PlacementFile> cpls) {
        PlacementFile best = null;
        for (PlacementFile p : cpls) {
            if (best == null || p.placements().size() > best.placements().size()) {
                best = p;
            }
        }
        return best == null || best.placements().isEmpty() ? null : best;
    }

    /** The file name of a job path or file path (after the last {@code /} or {@code \\}). */
    public static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
