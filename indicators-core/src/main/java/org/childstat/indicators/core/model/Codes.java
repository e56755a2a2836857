package org.childstat.indicators.core.model;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Shared lookup of the contract's code lists. */
final class Codes {
    private Codes() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, E[] values, String code, Function<E, String> codeOf) {
        if (code != null) {
            for (E value : values) {
                if (codeOf.apply(value).equals(code)) {
                    return value;
                }
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a " + type.getSimpleName() + " code; expected one of "
                + Arrays.stream(values).map(codeOf).collect(Collectors.joining(", ")));
    }
}
