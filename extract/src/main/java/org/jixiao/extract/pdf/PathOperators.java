package org.jixiao.extract.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;

/**
 * Path construction and painting operators (m l c v y h re, S s f F f* B B* b b* n) and the colour
 * operators, added to the text stripper so glyphs and rulings come from one pass over the content
 * stream instead of two.
 */
final class PathOperators {
    private PathOperators() {
    }

    static void register(PDFStreamEngine engine, PathRecorder rec) {
        engine.addOperator(new SetStrokingColorSpace(engine));
        engine.addOperator(new SetNonStrokingColorSpace(engine));
        engine.addOperator(new SetStrokingColor(engine));
        engine.addOperator(new SetNonStrokingColor(engine));
        engine.addOperator(new SetStrokingColorN(engine));
        engine.addOperator(new SetNonStrokingColorN(engine));
        engine.addOperator(new SetStrokingDeviceGrayColor(engine));
        engine.addOperator(new SetNonStrokingDeviceGrayColor(engine));
        engine.addOperator(new SetStrokingDeviceRGBColor(engine));
        engine.addOperator(new SetNonStrokingDeviceRGBColor(engine));
        engine.addOperator(new SetStrokingDeviceCMYKColor(engine));
        engine.addOperator(new SetNonStrokingDeviceCMYKColor(engine));
        engine.addOperator(new Op(engine, "m", 2, (e, v) -> rec.moveTo(point(e, v[0], v[1]))));
        engine.addOperator(new Op(engine, "l", 2, (e, v) -> rec.lineTo(point(e, v[0], v[1]))));
        engine.addOperator(new Op(engine, "c", 6, (e, v) -> rec.curveTo(point(e, v[4], v[5]))));
        engine.addOperator(new Op(engine, "v", 4, (e, v) -> rec.curveTo(point(e, v[2], v[3]))));
        engine.addOperator(new Op(engine, "y", 4, (e, v) -> rec.curveTo(point(e, v[2], v[3]))));
        engine.addOperator(new Op(engine, "h", 0, (e, v) -> rec.closePath()));
        engine.addOperator(new Op(engine, "re", 4, (e, v) -> rec.appendRectangle(point(e, v[0], v[1]),
                point(e, v[0] + v[2], v[1]), point(e, v[0] + v[2], v[1] + v[3]), point(e, v[0], v[1] + v[3]))));
        engine.addOperator(new Op(engine, "S", 0, (e, v) -> rec.stroke(strokeWhite(e))));
        engine.addOperator(new Op(engine, "s", 0, (e, v) -> {
            rec.closePath();
            rec.stroke(strokeWhite(e));
        }));
        for (String fill : List.of("f", "F", "f*")) {
            engine.addOperator(new Op(engine, fill, 0, (e, v) -> rec.fill(fillWhite(e))));
        }
        // fill and stroke: the outline is what draws the border
        for (String both : List.of("B", "B*")) {
            engine.addOperator(new Op(engine, both, 0, (e, v) -> rec.stroke(strokeWhite(e))));
        }
        for (String both : List.of("b", "b*")) {
            engine.addOperator(new Op(engine, both, 0, (e, v) -> {
                rec.closePath();
                rec.stroke(strokeWhite(e));
            }));
        }
        engine.addOperator(new Op(engine, "n", 0, (e, v) -> rec.endPath()));
    }

    private static Point2D point(PDFStreamEngine e, float x, float y) {
        return e.getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
    }

    private static boolean strokeWhite(PDFStreamEngine e) {
        return isWhite(e.getGraphicsState().getStrokingColor());
    }

    private static boolean fillWhite(PDFStreamEngine e) {
        return isWhite(e.getGraphicsState().getNonStrokingColor());
    }

    private static boolean isWhite(PDColor color) {
        if (color == null) {
            return false;
        }
        try {
            return (color.toRGB() & 0xFFFFFF) == 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** What an operator does with its numeric operands. */
    private interface Action {
        void run(PDFStreamEngine engine, float[] operands) throws IOException;
    }

    /** One operator with a fixed number of numeric operands; malformed operands are skipped, as PDFBox does. */
    private static final class Op extends OperatorProcessor {
        private final String name;
        private final int arity;
        private final Action action;

        Op(PDFStreamEngine engine, String name, int arity, Action action) {
            super(engine);
            this.name = name;
            this.arity = arity;
            this.action = action;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (operands.size() < arity) {
                return;
            }
            float[] v = new float[arity];
            for (int i = 0; i < arity; i++) {
                if (!(operands.get(i) instanceof COSNumber n)) {
                    return;
                }
                v[i] = n.floatValue();
            }
            action.run(getContext(), v);
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
