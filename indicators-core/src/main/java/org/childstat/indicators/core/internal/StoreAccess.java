package org.childstat.indicators.core.internal;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.childstat.indicators.core.io.DataQualityReport;
import org.childstat.indicators.core.model.CaseData;

/**
 * The bridge between the public {@link CaseData} and its internal {@link CaseStore}: the engine
 * reads the store without it being part of the public API. {@code CaseData} registers the two
 * functions when its class is initialised.
 */
public final class StoreAccess {
    private static Function<CaseData, CaseStore> toStore;
    private static BiFunction<CaseStore, DataQualityReport, CaseData> toCaseData;

    static {
        try {
            Class.forName(CaseData.class.getName(), true, StoreAccess.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private StoreAccess() {
    }

    /** Called once, by {@code CaseData}. */
    public static synchronized void register(Function<CaseData, CaseStore> store,
                                             BiFunction<CaseStore, DataQualityReport, CaseData> caseData) {
        if (toStore != null) {
            throw new IllegalStateException("already registered");
        }
        toStore = Objects.requireNonNull(store);
        toCaseData = Objects.requireNonNull(caseData);
    }

    /** The columnar store behind a {@code CaseData}. */
    public static CaseStore store(CaseData data) {
        return toStore.apply(Objects.requireNonNull(data, "data"));
    }

    /** A {@code CaseData} over an assembled store. */
    public static CaseData caseData(CaseStore store, DataQualityReport report) {
        return toCaseData.apply(store, report);
    }
}
