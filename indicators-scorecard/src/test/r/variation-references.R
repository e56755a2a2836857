# Reference values for indicators-scorecard/src/test/java/.../variation/*Test.java.
# Run: Rscript indicators-scorecard/src/test/r/variation-references.R
# Made with R 4.2.2 and Debian's r-cran-metafor, r-cran-vgam, r-cran-mass (versions printed below).
suppressMessages({library(metafor); library(VGAM); library(MASS)})
options(digits = 15)
cat("R", R.version.string, "metafor", as.character(packageVersion("metafor")), "VGAM",
    as.character(packageVersion("VGAM")), "MASS", as.character(packageVersion("MASS")), "\n")

# 1. Exact binomial limits with Spiegelhalter's interpolation
blim <- function(theta, n, p) { r <- qbinom(p, n, theta); Fr <- pbinom(r, n, theta); Fr1 <- pbinom(r - 1, n, theta); (r - (Fr - p) / (Fr - Fr1)) / n }
for (n in c(5, 10, 20, 50, 100)) cat("binomial 0.3", n, sprintf("%.15f", sapply(c(0.001, 0.025, 0.975, 0.999), function(p) blim(0.3, n, p))), "\n")
# 2. Exact Poisson limits, rate theta per unit of exposure e
plim <- function(theta, e, p) { mu <- theta * e; r <- qpois(p, mu); Fr <- ppois(r, mu); Fr1 <- ppois(r - 1, mu); (r - (Fr - p) / (Fr - Fr1)) / e }
for (e in c(500, 2000, 10000)) cat("poisson 0.002", e, sprintf("%.15f", sapply(c(0.001, 0.025, 0.975, 0.999), function(p) plim(0.002, e, p))), "\n")
# 3. Benjamini-Hochberg
p <- c(0.01, 0.04, 0.03, 0.005, 0.2, 0.8, 0.049, 0.5)
cat("BH", sprintf("%.15f", p.adjust(p, "BH")), "\n")
# 4. DerSimonian-Laird tau^2 on the arcsine scale of the 10 units of docs/examples/tallies.csv
x <- c(2, 5, 9, 14, 30, 45, 3, 0, 12, 60); n <- c(10, 20, 30, 40, 100, 120, 8, 6, 50, 150)
yi <- asin(sqrt(x / n)); vi <- 1 / (4 * n)
cat("DL", sprintf("%.15e", rma(yi, vi, method = "DL")$tau2), "\n")
# the funnel's phi and tau^2 (FunnelPlotR's method): z around asin(sqrt(pooled)), winsorised 10% (type 7)
z <- (yi - asin(sqrt(sum(x) / sum(n)))) / sqrt(vi)
zw <- pmin(pmax(z, quantile(z, 0.1)), quantile(z, 0.9))
phi <- mean(zw^2); w <- 1 / vi; k <- length(z)
tau2 <- if (k * phi < k - 1) 0 else max(0, (k * phi - (k - 1)) / (sum(w) - sum(w^2) / sum(w)))
cat("funnel phi", sprintf("%.15f", phi), "p", sprintf("%.15f", pchisq(k * phi, k - 1, lower.tail = FALSE)), "tau2", sprintf("%.15e", tau2), "\n")
# 5. Beta-binomial prior by maximum likelihood (VGAM), overdispersed units
x2 <- c(3, 10, 25, 8, 40, 2, 30, 15, 5, 22); n2 <- c(20, 30, 60, 40, 80, 25, 50, 45, 30, 50)
fit <- vglm(cbind(x2, n2 - x2) ~ 1, betabinomialff, trace = FALSE)
cat("betabinomial", sprintf("%.10f", Coef(fit)), "\n")
# 6. Gamma-Poisson prior by maximum likelihood (MASS::glm.nb with exposure)
o <- c(3, 12, 0, 7, 25, 4, 9, 15, 1, 30); e <- c(1500, 2500, 800, 3000, 4000, 2000, 2200, 2600, 900, 5000)
nb <- glm.nb(o ~ 1 + offset(log(e)))
cat("gammapoisson shape", sprintf("%.10f", nb$theta), "rate", sprintf("%.10f", nb$theta / exp(coef(nb)[1])), "\n")
