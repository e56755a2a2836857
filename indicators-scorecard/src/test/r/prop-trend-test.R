# Reference values for indicators-scorecard/src/test/java/.../variation/ProportionTrendTest.java.
# Run: Rscript indicators-scorecard/src/test/r/prop-trend-test.R
# Made with R 4.2.2 Patched (2022-11-10 r83330), Debian r-base-core; stats::prop.trend.test only.
cat(R.version.string, "\n")
show <- function(label, x, n, score = seq_along(x)) {
  r <- tryCatch(prop.trend.test(x, n, score),
                error = function(e) { cat(label, "error:", conditionMessage(e), "\n"); NULL })
  if (!is.null(r)) cat(label, "chi_square", sprintf("%.17g", unname(r$statistic)),
                       "p_value", sprintf("%.17g", r$p.value), "\n")
}
# 1. the example of R's help page
smokers <- c(83, 90, 129, 70); patients <- c(86, 93, 136, 82)
show("help", smokers, patients)
# 2. reunifications by caseload band 0-9, 10-14, 15-19, 20-29, 30+ (decreasing)
show("caseload", c(48, 61, 52, 30, 12), c(80, 115, 112, 78, 40))
# 3. no trend (p near 1)
show("flat", c(10, 21, 30, 20, 9), c(50, 100, 150, 100, 50))
# 4. custom scores: the caseload bands at their midpoints
show("midpoints", c(48, 61, 52, 30, 12), c(80, 115, 112, 78, 40), c(5, 12, 17, 25, 35))
# 4b. the same with the scores permuted with their groups, and an affine transform of them
show("midpoints-permuted", c(30, 48, 12, 61, 52), c(78, 80, 40, 115, 112), c(25, 5, 35, 12, 17))
show("midpoints-affine", c(48, 61, 52, 30, 12), c(80, 115, 112, 78, 40), 3 - 0.5 * c(5, 12, 17, 25, 35))
# 5. two groups
show("two", c(15, 30), c(50, 60))
# 6. a very strong trend (p far below 1e-20)
show("strong", c(300, 250, 200, 150, 100), c(1000, 1000, 1000, 1000, 1000))
# 7. large counts, each above 2^31 - 1
show("large", c(2500000000, 2510000000, 2490000000, 2530000000),
     c(5000000000, 5000000000, 5000000000, 5000000000))
show("millions", c(1200000, 1190000, 1185000, 1170000, 1160000), rep(2000000, 5))
# 8. degenerate cases
show("none", c(0, 0, 0), c(5, 6, 7))
show("all", c(5, 6, 7), c(5, 6, 7))
show("equal-scores", c(1, 2, 3), c(5, 6, 7), c(2, 2, 2))
show("equal-scores-rounding", c(1, 2, 3), c(5, 6, 7), c(1, 1 + 1e-9, 1 + 2e-9))
show("close-scores", c(1, 2, 3), c(5, 6, 7), c(1, 1 + 1e-5, 1 + 2e-5))
show("close-scores-default", c(1, 2, 3), c(5, 6, 7))
