/**
 * The {@code childstat} command (data-contract §5): the only place that wires the modules
 * together. Entry point: {@link org.childstat.indicators.scorecard.cli.Childstat#main(String[])}.
 */
package org.childstat.indicators.scorecard.cli;
