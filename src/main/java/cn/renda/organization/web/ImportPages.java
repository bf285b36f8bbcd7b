package cn.renda.organization.web;

import cn.renda.organization.ImportRejectedException;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Excel import page shared by units, deputies and stations: all rows or none, with a row report.
 * Deputies may also be imported from CSV.
 */
final class ImportPages {

    /** Imports a whole file and returns the number of rows. */
    interface Importer {
        int importAll(InputStream file);
    }

    private ImportPages() {}

    static String show(String kind, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("csv", "deputies".equals(kind));
        return "organization/import";
    }

    static String process(String kind, MultipartFile file, Importer importer, Model model, RedirectAttributes redirect)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            int count = importer.importAll(in);
            redirect.addFlashAttribute("flash", "organization.import.done");
            redirect.addFlashAttribute("flashArgs", count);
            return "redirect:/registry/" + kind;
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", e.problems());
            return show(kind, model);
        }
    }
}
