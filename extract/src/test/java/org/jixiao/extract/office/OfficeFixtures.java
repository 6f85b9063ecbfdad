package org.jixiao.extract.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Office files made in the test, so each hostile or structural case is explicit. */
final class OfficeFixtures {
    private OfficeFixtures() {
    }

    /**
     * A paragraph, a 3 × 3 table, a paragraph. Row 0: 组 (vMerge restart) | 表头 (gridSpan 2);
     * row 1: (vMerge continue) | a | b; row 2: a two-paragraph cell | a cell with a nested table | c.
     */
    static byte[] docxWithMergedTable() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("before");
            XWPFTable t = doc.createTable(3, 3);
            XWPFTableCell group = t.getRow(0).getCell(0);
            group.setText("组");
            tcPr(group).addNewVMerge().setVal(STMerge.RESTART);
            XWPFTableCell head = t.getRow(0).getCell(1);
            head.setText("表头");
            tcPr(head).addNewGridSpan().setVal(BigInteger.TWO);
            t.getRow(0).removeCell(2);
            tcPr(t.getRow(1).getCell(0)).addNewVMerge();
            t.getRow(1).getCell(1).setText("a");
            t.getRow(1).getCell(2).setText("b");
            XWPFTableCell twoParas = t.getRow(2).getCell(0);
            twoParas.setText("外层");
            twoParas.addParagraph().createRun().setText(" 内层 ");
            XWPFTableCell nested = t.getRow(2).getCell(1);
            CTRow inner = nested.getCTTc().addNewTbl().addNewTr();
            inner.addNewTc().addNewP().addNewR().addNewT().setStringValue("x");
            inner.addNewTc().addNewP().addNewR().addNewT().setStringValue("y");
            t.getRow(2).getCell(2).setText("c");
            doc.createParagraph().createRun().setText("after");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * Two paragraphs with text boxes: an old VML one with two paragraphs, and a modern one that Word
     * writes twice (DrawingML in mc:Choice, VML in mc:Fallback).
     */
    static byte[] docxWithTextBoxes() throws Exception {
        String box = "<w:txbxContent><w:p><w:r><w:t>%s</w:t></w:r></w:p>%s</w:txbxContent>";
        String vml = "<w:r xmlns:w='" + W + "' xmlns:v='urn:schemas-microsoft-com:vml'><w:pict><v:shape><v:textbox>"
                + box.formatted("框内文字", "<w:p><w:r><w:t>第二</w:t></w:r><w:r><w:t>段</w:t></w:r></w:p>")
                + "</v:textbox></v:shape></w:pict></w:r>";
        String modern = "<w:r xmlns:w='" + W + "' xmlns:v='urn:schemas-microsoft-com:vml'"
                + " xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'"
                + " xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
                + "<mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wps:wsp><wps:txbx>"
                + box.formatted("新式框", "") + "</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box.formatted("新式框", "")
                + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("正文");
            p.getCTP().addNewR().set(CTR.Factory.parse(vml));
            XWPFParagraph p2 = doc.createParagraph();
            p2.createRun().setText("正文2");
            p2.getCTP().addNewR().set(CTR.Factory.parse(modern));
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * Headings numbered by Word itself (numbering.xml), as departments write them: level 0
     * chineseCounting "%1、", level 1 chineseCounting "（%2）", level 2 decimal "%3.", and a
     * circled level 3 "%4"; paragraphs at {@code levels}, texts "标题" + level.
     */
    static byte[] docxWithNumbering(int... levels) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            String[][] formats = {{"chineseCounting", "%1、"}, {"chineseCounting", "（%2）"}, {"decimal", "%3."},
                {"decimalEnclosedCircleChinese", "%4"}};
            for (int i = 0; i < formats.length; i++) {
                CTLvl lvl = abs.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(i));
                lvl.addNewStart().setVal(BigInteger.ONE);
                lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(formats[i][0]));
                lvl.addNewLvlText().setVal(formats[i][1]);
            }
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
            for (int level : levels) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(BigInteger.valueOf(level));
                p.createRun().setText("标题" + level);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    /** The package encrypted with Office's agile encryption (what Word writes for "protect with password"). */
    static byte[] encrypt(byte[] ooxml, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(ooxml)); OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(bos);
            return bos.toByteArray();
        }
    }

    /** The package with one more part of {@code size} zero bytes, which deflate squeezes ~1000:1. */
    static byte[] withZeroPart(byte[] ooxml, int size) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ooxml));
             ZipOutputStream out = new ZipOutputStream(bos)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("customXml/padding.xml"));
            out.write(new byte[size]);
            out.closeEntry();
        }
        return bos.toByteArray();
    }
}
