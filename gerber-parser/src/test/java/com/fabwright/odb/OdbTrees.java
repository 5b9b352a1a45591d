package com.fabwright.odb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small ODB++ product models written by the tests. */
final class OdbTrees {
    private OdbTrees() {
    }

    static final String MATRIX = """
            STEP {
                COL=1
                NAME=PCB
            }
            STEP {
                COL=2
                NAME=PANEL
            }
            LAYER {
                ROW=1
                CONTEXT=BOARD
                TYPE=COMPONENT
                NAME=COMP_+_TOP
                POLARITY=POSITIVE
            }
            LAYER {
                ROW=2
                CONTEXT=BOARD
                TYPE=SOLDER_MASK
                NAME=SMT
                POLARITY=POSITIVE
            }
            LAYER {
                ROW=3
                CONTEXT=BOARD
                TYPE=SIGNAL
                NAME=TOP
                POLARITY=POSITIVE
            }
            LAYER {
                ROW=4
                CONTEXT=BOARD
                TYPE=DIELECTRIC
                NAME=CORE
                POLARITY=POSITIVE
            }
            LAYER {
                ROW=5
                CONTEXT=BOARD
                TYPE=POWER_GROUND
                NAME=GND
                POLARITY=NEGATIVE
            }
            LAYER {
                ROW=6
                CONTEXT=BOARD
                TYPE=SIGNAL
                NAME=BOT
                POLARITY=POSITIVE
            }
            LAYER {
                ROW=7
                CONTEXT=BOARD
                TYPE=SOLDER_MASK
                NAME=SMB
                POLARITY=POSITIVE
            }
            LAYER {
                ROW=8
                CONTEXT=BOARD
                TYPE=COMPONENT
                NAME=COMP_+_BOT
                POLARITY=POSITIVE
            }
            LAYER {
                ROW=9
                CONTEXT=BOARD
                TYPE=DRILL
                NAME=DRILL
                POLARITY=POSITIVE
                START_NAME=TOP
                END_NAME=BOT
            }
            LAYER {
                ROW=10
                CONTEXT=BOARD
                TYPE=DRILL
                NAME=VIA1-2
                POLARITY=POSITIVE
                START_NAME=TOP
                END_NAME=GND
            }
            LAYER {
                ROW=11
                CONTEXT=MISC
                TYPE=DOCUMENT
                NAME=NOTES
                POLARITY=POSITIVE
            }
            """;

    /** A 10 x 10 mm board (step pcb) and a 2 x 3 panel of it (step panel), in millimetres. */
    static Path board(Path dir) throws IOException {
        Path root = dir.resolve("job");
        write(root, "matrix/matrix", MATRIX);
        String profile = "UNITS=MM\nS P 0\nOB 0 0 I\nOS 0 10\nOS 10 10\nOS 10 0\nOS 0 0\nOE\nSE\n";
        write(root, "steps/pcb/profile", profile);
        write(root, "steps/pcb/stephdr", "UNITS=MM\nX_DATUM=0\nY_DATUM=0\n");
        write(root, "steps/pcb/layers/top/features", "UNITS=MM\n$0 r1000\n$1 rect2000x1000\n@0 .smd\n"
                + "P 2 2 0 P 0 0\nP 5 5 1 P 0 0;0\nL 2 2 5 5 0 P 0\n");
        write(root, "steps/pcb/layers/gnd/features", "UNITS=MM\n$0 r2000\nP 2 2 0 P 0 0\n");
        write(root, "steps/pcb/layers/bot/features", "UNITS=MM\n$0 r1000\nP 2 2 0 P 0 0\n");
        write(root, "steps/pcb/layers/smt/features", "UNITS=MM\n$0 r1200\nP 2 2 0 P 0 0\n");
        write(root, "steps/pcb/layers/smb/attrlist", ""); // a layer folder without features: an empty layer
        write(root, "steps/pcb/layers/drill/features", "UNITS=MM\n$0 r500\n$1 r3000\n@0 .drill\n"
                + "P 2 2 0 P 0 0;0=2\nP 8 8 1 P 0 0;0=1\n");
        write(root, "steps/pcb/layers/via1-2/features", "UNITS=MM\n$0 r200\n@0 .drill\nP 3 3 0 P 0 0;0=2\n");
        writeZ(root, "steps/pcb/layers/notes/features.Z", "UNITS=MM\n$0 r100\nL 0 0 1 0 0 P 0\n");
        write(root, "steps/pcb/eda/data", "UNITS=MM\nLYR top bot drill\nPKG R0603 1 0 0 1 1\nPKG DIP8 1 0 0 1 1\n"
                + "NET $NONE$\nSNT TRC\nFID C 0 2\nNET GND\nSNT TOP T 0 0\nFID C 0 0\nFID C 1 0\nFID H 2 0\n"
                + "NET SIG\nSNT TOP T 0 1\nFID C 0 1\n");
        write(root, "steps/pcb/layers/comp_+_top/components", "UNITS=MM\n@0 .comp_mount_type\n"
                + "CMP 0 5 5 90 N R1 10k;0=1\nTOP 0 5 5 0 N 1 0 1\nCMP 1 2 2 0 N U1 NE555;0=2\n");
        write(root, "steps/pcb/layers/comp_+_bot/components", "UNITS=INCH\nCMP 0 0.1 0.2 270 M C1 100n\n");
        write(root, "steps/panel/stephdr", "UNITS=MM\nSTEP-REPEAT {\nNAME=PCB\nX=5\nY=5\nDX=12\nDY=12\nNX=2\nNY=3\n"
                + "ANGLE=0\nMIRROR=NO\n}\n");
        write(root, "steps/panel/profile", "UNITS=MM\nS P 0\nOB 0 0 I\nOS 0 50\nOS 40 50\nOS 40 0\nOS 0 0\nOE\nSE\n");
        write(root, "steps/panel/layers/top/features", "UNITS=MM\n$0 r3000\nP 1 1 0 P 0 0\n");
        return root;
    }

    static void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.US_ASCII);
    }

    /**
     * Writes Unix {@code compress} (.Z) data: literal 9-bit LZW codes only, which every decoder
     * reads; valid while the text is under 250 bytes (the code width never grows).
     */
    static void writeZ(Path root, String rel, String text) throws IOException {
        byte[] in = text.getBytes(StandardCharsets.US_ASCII);
        if (in.length > 250) {
            throw new IllegalArgumentException("keep .Z test members under 250 bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x1f);
        out.write(0x9d);
        out.write(0x80 | 16);
        long acc = 0;
        int bits = 0;
        for (byte b : in) {
            acc |= (long) (b & 0xff) << bits;
            bits += 9;
            while (bits >= 8) {
                out.write((int) (acc & 0xff));
                acc >>>= 8;
                bits -= 8;
            }
        }
        if (bits > 0) {
            out.write((int) (acc & 0xff));
        }
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, out.toByteArray());
    }
}
