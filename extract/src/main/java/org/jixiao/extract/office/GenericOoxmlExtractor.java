package org.jixiao.extract.office;

import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.jixiao.extract.BlockExtractor;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.RawDocument;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Validate;

/**
 * Office packages Tika could not type further: an encrypted OOXML file (an OLE2 wrapper holding
 * "EncryptionInfo" and "EncryptedPackage", detected as {@value #PROTECTED}) or a zip with OOXML
 * content types but no recognizable main part ({@value #GENERIC}, typically damaged). Never yields
 * blocks: its job is the precise diagnostic (encrypted, truncated, corrupt, or an OOXML kind
 * jixiao does not read) instead of a bare "unsupported format".
 */
public final class GenericOoxmlExtractor implements BlockExtractor {
    public static final String NAME = "ooxml";
    static final String PROTECTED = "application/x-tika-ooxml-protected";
    static final String GENERIC = "application/x-tika-ooxml";
    private static final String WHAT = "Office Open XML";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(String mediaType) {
        return PROTECTED.equals(mediaType) || GENERIC.equals(mediaType);
    }

    @Override
    public RawDocument extract(InputStream in, ExtractContext ctx) throws ExtractionException, IOException {
        Validate.notNullParam(in, "in");
        Validate.notNullParam(ctx, "ctx");
        OPCPackage pkg = OoxmlPackages.open(in, ctx, WHAT);
        try {
            String main = pkg.getPartsByRelationshipType(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument").stream()
                    .findFirst().map(PackagePart::getContentType).orElse("none");
            throw new ExtractionException(DiagnosticCode.UNSUPPORTED_FORMAT, ctx.fileName()
                    + ": an Office Open XML package whose main part (" + main + ") is not a Word or Excel document");
        } catch (RuntimeException e) {
            throw OoxmlPackages.failure(e, ctx, WHAT);
        } finally {
            pkg.revert();
        }
    }
}
