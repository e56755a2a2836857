# Reference values for FunnelChartCommandTest: `childstat funnel` on the 10 units of docs/examples/tallies.csv
# (percent) and on the gamma-Poisson example (rate). R 4.2.2; metafor is not needed here since the
# funnel's tau^2 is FunnelPlotR's (see variation-references.R).
# Run: Rscript indicators-scorecard/src/test/r/funnel-command.R
options(digits = 15)
x <- c(2, 5, 9, 14, 30, 45, 3, 0, 12, 60); n <- c(10, 20, 30, 40, 100, 120, 8, 6, 50, 150)
theta <- sum(x) / sum(n)
blim <- function(theta, n, p) { r <- qbinom(p, n, theta); Fr <- pbinom(r, n, theta); Fr1 <- pbinom(r - 1, n, theta); (r - (Fr - p) / (Fr - Fr1)) / n }
exact_p <- function(x, n, theta) pmin(1, 2 * pmin(pbinom(x, n, theta), 1 - pbinom(x - 1, n, theta)))
# no overdispersion: z on the arcsine scale, p guarded by the exact test, BH
z0 <- (asin(sqrt(x / n)) - asin(sqrt(theta))) / (1 / (2 * sqrt(n)))
p0 <- pmax(2 * pnorm(-abs(z0)), exact_p(x, n, theta))
cat("percent none target", sprintf("%.10f", 100 * theta), "\n")
cat("z", sprintf("%.10f", z0), "\n")
cat("p", sprintf("%.10f", p0), "\n")
cat("q", sprintf("%.10f", p.adjust(p0, "BH")), "\n")
cat("lower_95", sprintf("%.10f", 100 * pmax(0, blim(theta, n, 0.025))), "\n")
cat("upper_99.8", sprintf("%.10f", 100 * pmin(1, blim(theta, n, 0.999))), "\n")
# additive: tau2 from the winsorised z (FunnelPlotR's method), z with s^2 + tau2
zw <- pmin(pmax(z0, quantile(z0, 0.1)), quantile(z0, 0.9)); k <- length(z0); phi <- mean(zw^2)
w <- 4 * n; tau2 <- if (k * phi < k - 1) 0 else max(0, (k * phi - (k - 1)) / (sum(w) - sum(w^2) / sum(w)))
za <- (asin(sqrt(x / n)) - asin(sqrt(theta))) / sqrt(1 / (4 * n) + tau2)
pa <- pmax(2 * pnorm(-abs(za)), exact_p(x, n, theta))
cat("percent additive tau2", sprintf("%.10e", tau2), "\n")
cat("z", sprintf("%.10f", za), "\n")
cat("q", sprintf("%.10f", p.adjust(pa, "BH")), "\n")
# rate: events o over days e, scale 1000, no overdispersion
o <- c(3, 12, 0, 7, 25, 4, 9, 15, 1, 30); e <- c(1500, 2500, 800, 3000, 4000, 2000, 2200, 2600, 900, 5000)
lam <- sum(o) / sum(e)
plim <- function(theta, e, p) { mu <- theta * e; r <- qpois(p, mu); Fr <- ppois(r, mu); Fr1 <- ppois(r - 1, mu); (r - (Fr - p) / (Fr - Fr1)) / e }
zr <- (sqrt(o / e) - sqrt(lam)) / (1 / (2 * sqrt(e)))
pr <- pmax(2 * pnorm(-abs(zr)), pmin(1, 2 * pmin(ppois(o, lam * e), 1 - ppois(o - 1, lam * e))))
cat("rate none target", sprintf("%.10f", 1000 * lam), "\n")
cat("z", sprintf("%.10f", zr), "\n")
cat("q", sprintf("%.10f", p.adjust(pr, "BH")), "\n")
cat("lower_95", sprintf("%.10f", 1000 * pmax(0, plim(lam, e, 0.025))), "\n")
cat("upper_95", sprintf("%.10f", 1000 * plim(lam, e, 0.975)), "\n")
# rate with additive overdispersion: square-root scale, s^2 = 1/(4E), winsorised z, DL tau^2
z0r <- (sqrt(o / e) - sqrt(lam)) / sqrt(1 / (4 * e))
zwr <- pmin(pmax(z0r, quantile(z0r, 0.1)), quantile(z0r, 0.9)); phir <- mean(zwr^2); kr <- length(z0r)
wr <- 4 * e; tau2r <- if (kr * phir < kr - 1) 0 else max(0, (kr * phir - (kr - 1)) / (sum(wr) - sum(wr^2) / sum(wr)))
zar <- (sqrt(o / e) - sqrt(lam)) / sqrt(1 / (4 * e) + tau2r)
cat("rate additive phi", sprintf("%.10f", phir), "tau2", sprintf("%.10e", tau2r), "\n")
cat("z", sprintf("%.10f", zar), "\n")
# the adjusted 95% limits of D (E = 3000), squared back: (sqrt(lam) -/+ 1.96 sqrt(1/(4E) + tau2))^2 x 1000
cat("D limits", sprintf("%.10f", 1000 * (sqrt(lam) + c(-1, 1) * qnorm(0.975) * sqrt(1 / (4 * 3000) + tau2r))^2), "\n")
