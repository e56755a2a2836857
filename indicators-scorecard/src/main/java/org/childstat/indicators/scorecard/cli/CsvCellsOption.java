package org.childstat.indicators.scorecard.cli;

import org.childstat.indicators.core.io.FormulaCells;
import picocli.CommandLine.Option;

/**
 * {@code --raw-csv}, for every command that writes CSV: by default a text cell that a
 * spreadsheet would run as a formula (an id or a name starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, not a number) is written with a leading
 * {@code '}; with {@code --raw-csv} every cell is written as it is, for programs.
 */
final class CsvCellsOption {
    @Option(names = "--raw-csv", description = "write ids and names as they are, for programs; by default a cell a "
            + "spreadsheet would run as a formula (=, +, -, @) gets a leading '")
    boolean raw;

    FormulaCells cells() {
        return raw ? FormulaCells.RAW : FormulaCells.DEFUSED;
    }
}
