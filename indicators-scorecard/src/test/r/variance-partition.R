# Simulated nested tallies for VariancePartitionTest, and lme4::glmer's variance components.
# Run: Rscript indicators-scorecard/src/test/r/variance-partition.R > indicators-scorecard/src/test/resources/variance/components.txt
# (writes workers.csv beside it). R 4.2.2, Debian r-cran-lme4.
suppressMessages(library(lme4))
set.seed(20261124)
offices <- 12; units <- 4; workers <- 6; n <- 60
s_office <- 0.4; s_unit <- 0.3; s_worker <- 0.5; mu <- -0.5
d <- expand.grid(worker = 1:workers, unit = 1:units, office = 1:offices)
d$unit <- paste0("O", d$office, "U", d$unit)
d$worker <- paste0(d$unit, "W", d$worker)
d$office <- paste0("O", d$office)
eo <- setNames(rnorm(offices, 0, s_office), unique(d$office))
eu <- setNames(rnorm(offices * units, 0, s_unit), unique(d$unit))
ew <- setNames(rnorm(nrow(d), 0, s_worker), d$worker)
p <- plogis(mu + eo[d$office] + eu[d$unit] + ew[d$worker])
d$n <- n
d$x <- rbinom(nrow(d), n, p)
write.csv(d[, c("office", "unit", "worker", "x", "n")], "indicators-scorecard/src/test/resources/variance/workers.csv",
          row.names = FALSE, quote = FALSE)
fit <- glmer(cbind(x, n - x) ~ 1 + (1 | office / unit / worker), data = d, family = binomial)
vc <- as.data.frame(VarCorr(fit))
cat(R.version.string, "lme4", as.character(packageVersion("lme4")), "\n")
cat("glmer(cbind(x, n - x) ~ 1 + (1 | office / unit / worker), family = binomial)\n")
for (i in seq_len(nrow(vc))) cat(vc$grp[i], sprintf("%.6f", vc$vcov[i]), "\n")
cat("true office", s_office^2, "unit", s_unit^2, "worker", s_worker^2, "\n")
