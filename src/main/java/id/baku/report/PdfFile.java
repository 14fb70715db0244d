package id.baku.report;

/** A printed PDF and the file name to save it under. */
public record PdfFile(String fileName, byte[] bytes) {
}
