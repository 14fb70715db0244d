package id.baku.report;

import id.baku.design.SopContent;
import id.baku.tenant.PaperSize;

import java.util.List;
import java.util.Map;

/**
 * Everything the sheet prints, already worded: the report parameters, the rows of the identity
 * page's header and grid (fields as the template names them), and one row per step.
 *
 * @param content the SOP, for its flowchart
 */
record SheetInput(SopContent content, PaperSize paper, String documentTitle, Map<String, Object> parameters,
                  List<Map<String, ?>> headerRows, List<Map<String, ?>> gridRows, List<StepRow> steps) {

    /** One row of the step table as printed; the Pelaksana cells are the flowchart's. */
    record StepRow(String number, String activity, String requirements, String time, String output, String notes) {
    }
}
