package org.marketgov.web.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces table model that fetches one page at a time from a boundary method
 * taking a page number and a page size. Sorting and filtering are the boundary's
 * business (its lists have a fixed order), so the table's own are ignored.
 *
 * @param <T> the row type
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows and the total number of rows. */
    public record Slice<T>(List<T> rows, long total) {
    }

    /** A boundary call answering the page with the given number and size. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Slice<T> fetch(int page, int size);
    }

    /** How a row is told apart from the others. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Source<T> source;
    private final Key<T> key;

    public PagedModel(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.fetch(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        int size = Math.max(pageSize, 1);
        Slice<T> slice = source.fetch(first / size, size);
        setRowCount((int) slice.total());
        return slice.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null
                : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
