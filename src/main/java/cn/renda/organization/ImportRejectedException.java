package cn.renda.organization;

import cn.renda.core.DomainException;
import java.util.List;

/** A spreadsheet import found bad rows and imported nothing; carries the row-by-row report. */
public class ImportRejectedException extends DomainException {

    private final transient List<RowProblem> problems;

    public ImportRejectedException(List<RowProblem> problems) {
        super("organization.import.rejected", "Import rejected: " + problems.size() + " problems", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
