package com.fabwright.panel.drawing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Paints a {@link PanelDrawing} on a PNG image (java.awt) or one PDF page (PDFBox), black on white. */
public final class DrawingPainters {
    private static final double PT_PER_MM = 72 / 25.4;

    private DrawingPainters() {
    }

    /** The drawing at {@code pxPerMm} (capped to about 16 megapixels). */
    public static BufferedImage png(PanelDrawing d, double pxPerMm) {
        double[] b = d.bounds();
        double s = Math.min(pxPerMm, Math.sqrt(16e6 / ((b[2] - b[0]) * (b[3] - b[1]))));
        int w = (int) Math.ceil((b[2] - b[0]) * s);
        int h = (int) Math.ceil((b[3] - b[1]) * s);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.translate(-b[0] * s, b[3] * s);
        for (Mark m : d.marks()) {
            if (m instanceof Mark.Box r) {
                Rectangle2D rect = new Rectangle2D.Double(r.x0() * s, -r.y1() * s, (r.x1() - r.x0()) * s, (r.y1() - r.y0()) * s);
                if (r.fill() >= 0) {
                    g.setColor(new Color((float) r.fill(), (float) r.fill(), (float) r.fill()));
                    g.fill(rect);
                }
                if (r.lineMm() > 0) {
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke((float) Math.max(1, r.lineMm() * s)));
                    g.draw(rect);
                }
            } else if (m instanceof Mark.Line l) {
                g.setColor(l.dashed() ? Color.RED : Color.BLACK);
                float lw = (float) Math.max(1, l.lineMm() * s);
                g.setStroke(l.dashed() ? new BasicStroke(lw, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                        new float[] {(float) (2 * s), (float) s}, 0) : new BasicStroke(lw));
                g.draw(new Line2D.Double(l.x0() * s, -l.y0() * s, l.x1() * s, -l.y1() * s));
            } else if (m instanceof Mark.Circle c) {
                Ellipse2D e = new Ellipse2D.Double((c.x() - c.d() / 2) * s, -(c.y() + c.d() / 2) * s, c.d() * s, c.d() * s);
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(1));
                if (c.filled()) {
                    g.fill(e);
                } else {
                    g.draw(e);
                }
            } else if (m instanceof Mark.Label t) {
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, (int) Math.round(t.sizeMm() * s))));
                g.drawString(t.text(), (float) (t.x() * s), (float) (-t.y() * s));
            }
        }
        g.dispose();
        return img;
    }

    /** Writes the drawing as a one-page PDF at 1:1 scale when it fits A3 landscape, else scaled to fit. */
    public static void pdf(PanelDrawing d, Path file) throws IOException {
        double[] b = d.bounds();
        PDRectangle a3 = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());
        double margin = 10 * PT_PER_MM;
        double s = Math.min(PT_PER_MM, Math.min((a3.getWidth() - 2 * margin) / (b[2] - b[0]),
                (a3.getHeight() - 2 * margin) / (b[3] - b[1])));
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(a3);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Mark m : d.marks()) {
                    paint(cs, m, font, s, margin - b[0] * s, margin - b[1] * s);
                }
            }
            doc.save(file.toFile());
        }
    }

    private static void paint(PDPageContentStream cs, Mark m, PDType1Font font, double s, double ox, double oy)
            throws IOException {
        if (m instanceof Mark.Box r) {
            cs.addRect((float) (ox + r.x0() * s), (float) (oy + r.y0() * s), (float) ((r.x1() - r.x0()) * s),
                    (float) ((r.y1() - r.y0()) * s));
            if (r.fill() >= 0) {
                cs.setNonStrokingColor((float) r.fill(), (float) r.fill(), (float) r.fill());
                cs.setStrokingColor(0f, 0f, 0f);
                cs.setLineWidth((float) Math.max(0.2, r.lineMm() * s));
                if (r.lineMm() > 0) {
                    cs.fillAndStroke();
                } else {
                    cs.fill();
                }
            } else {
                cs.setLineWidth((float) Math.max(0.2, r.lineMm() * s));
                cs.stroke();
            }
        } else if (m instanceof Mark.Line l) {
            cs.setStrokingColor(l.dashed() ? 1f : 0f, 0f, 0f);
            cs.setLineWidth((float) Math.max(0.2, l.lineMm() * s));
            cs.setLineDashPattern(l.dashed() ? new float[] {(float) (2 * s), (float) s} : new float[] {}, 0);
            cs.moveTo((float) (ox + l.x0() * s), (float) (oy + l.y0() * s));
            cs.lineTo((float) (ox + l.x1() * s), (float) (oy + l.y1() * s));
            cs.stroke();
            cs.setLineDashPattern(new float[] {}, 0);
            cs.setStrokingColor(0f, 0f, 0f);
        } else if (m instanceof Mark.Circle c) {
            circle(cs, ox + c.x() * s, oy + c.y() * s, c.d() / 2 * s);
            cs.setNonStrokingColor(0f, 0f, 0f);
            cs.setLineWidth(0.3f);
            if (c.filled()) {
                cs.fill();
            } else {
                cs.stroke();
            }
        } else if (m instanceof Mark.Label t) {
            cs.beginText();
            cs.setNonStrokingColor(0f, 0f, 0f);
            cs.setFont(font, (float) Math.max(4, t.sizeMm() * s));
            cs.newLineAtOffset((float) (ox + t.x() * s), (float) (oy + t.y() * s));
            cs.showText(t.text().replaceAll("[^\\x20-\\x7e]", "?"));
            cs.endText();
        }
    }

    private static void circle(PDPageContentStream cs, double x, double y, double r) throws IOException {
        double k = 0.552284749831 * r;
        cs.moveTo((float) (x + r), (float) y);
        cs.curveTo((float) (x + r), (float) (y + k), (float) (x + k), (float) (y + r), (float) x, (float) (y + r));
        cs.curveTo((float) (x - k), (float) (y + r), (float) (x - r), (float) (y + k), (float) (x - r), (float) y);
        cs.curveTo((float) (x - r), (float) (y - k), (float) (x - k), (float) (y - r), (float) x, (float) (y - r));
        cs.curveTo((float) (x + k), (float) (y - r), (float) (x + r), (float) (y - k), (float) (x + r), (float) y);
        cs.closePath();
    }
}
