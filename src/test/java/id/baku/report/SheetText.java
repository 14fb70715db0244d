package id.baku.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The text of a PDF as PDFBox extracts it, whitespace collapsed, per page and whole. */
record SheetText(List<String> pages) {

    static SheetText of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // Content order: Jasper writes each cell's text in one piece, row after row.
            stripper.setSortByPosition(false);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(collapse(stripper.getText(document)));
            }
            return new SheetText(pages);
        }
    }

    String all() {
        return String.join(" ", pages);
    }

    static String collapse(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
