using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Peering.Benchmarks.Validator
{
    /// <summary>
    /// Draws docs/validator-growth.svg from the CSV reports BenchmarkDotNet writes for the two growth benchmarks: time
    /// (top) and allocated memory (bottom) against template size and against file count, each with the least-squares
    /// line through the origin that a linear cost would follow, so points bending above it show super-linear growth.
    /// </summary>
    internal static class GrowthPlot
    {
        private const int PanelWidth = 420;
        private const int PanelHeight = 300;
        private const int Margin = 60;

        public static void Write(string resultsFolder, string svgPath)
        {
            var size = Read(resultsFolder, nameof(ValidatorTemplateSizeGrowthBenchmarks), nameof(ValidatorTemplateSizeGrowthBenchmarks.TemplateKilobytes))
                .Select(p => (X: p.X / 1024, p.Seconds, p.AllocatedMegabytes)).ToList();
            var files = Read(resultsFolder, nameof(ValidatorFileCountGrowthBenchmarks), nameof(ValidatorFileCountGrowthBenchmarks.Templates));

            var svg = new StringBuilder();
            var width = 2 * (PanelWidth + 2 * Margin);
            var height = 2 * (PanelHeight + 2 * Margin);
            svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
            svg.Append(Invariant($"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>\n"));
            var right = PanelWidth + 2 * Margin;
            var below = PanelHeight + 2 * Margin;
            Panel(svg, 0, 0, "One template: time against size", "template size (MB)", "seconds per run", "s", size.Select(p => (p.X, p.Seconds)).ToList());
            Panel(svg, right, 0, "Templates of 10 VNets: time against count", "templates", "seconds per run", "s", files.Select(p => (p.X, p.Seconds)).ToList());
            Panel(svg, 0, below, "One template: memory allocated against size", "template size (MB)", "MB allocated per run", "MB", size.Select(p => (p.X, p.AllocatedMegabytes)).ToList());
            Panel(svg, right, below, "Templates of 10 VNets: memory allocated against count", "templates", "MB allocated per run", "MB", files.Select(p => (p.X, p.AllocatedMegabytes)).ToList());
            svg.Append("</svg>\n");
            File.WriteAllText(svgPath, svg.ToString());
        }

        private static void Panel(StringBuilder svg, int left, int top, string title, string xLabel, string yLabel, string unit, IReadOnlyList<(double X, double Y)> points)
        {
            var maxX = points.Max(p => p.X) * 1.05;
            var maxY = Math.Max(points.Max(p => p.Y), Linear(points, points.Max(p => p.X))) * 1.1;
            double Px(double x) => left + Margin + x / maxX * PanelWidth;
            double Py(double y) => top + Margin + PanelHeight - y / maxY * PanelHeight;

            svg.Append(Invariant($"<text x=\"{left + Margin}\" y=\"{top + Margin - 25}\" font-size=\"14\" font-weight=\"bold\">{title}</text>\n"));
            svg.Append(Invariant($"<line x1=\"{Px(0)}\" y1=\"{Py(0)}\" x2=\"{Px(maxX)}\" y2=\"{Py(0)}\" stroke=\"black\"/>\n"));
            svg.Append(Invariant($"<line x1=\"{Px(0)}\" y1=\"{Py(0)}\" x2=\"{Px(0)}\" y2=\"{Py(maxY)}\" stroke=\"black\"/>\n"));
            svg.Append(Invariant($"<text x=\"{Px(maxX / 2)}\" y=\"{Py(0) + 40}\" text-anchor=\"middle\">{xLabel}</text>\n"));
            svg.Append(Invariant($"<text transform=\"translate({left + 15},{Py(maxY / 2)}) rotate(-90)\" text-anchor=\"middle\">{yLabel}</text>\n"));
            foreach (var (x, _) in points)
            {
                svg.Append(Invariant($"<text x=\"{Px(x)}\" y=\"{Py(0) + 16}\" text-anchor=\"middle\">{x:0.##}</text>\n"));
            }

            for (var i = 0; i <= 4; i++)
            {
                var y = maxY * i / 4;
                svg.Append(Invariant($"<text x=\"{Px(0) - 6}\" y=\"{Py(y) + 4}\" text-anchor=\"end\">{y:0.##}</text>\n"));
                svg.Append(Invariant($"<line x1=\"{Px(0)}\" y1=\"{Py(y)}\" x2=\"{Px(maxX)}\" y2=\"{Py(y)}\" stroke=\"#ddd\"/>\n"));
            }

            var lastX = points.Max(p => p.X);
            svg.Append(Invariant($"<line x1=\"{Px(0)}\" y1=\"{Py(0)}\" x2=\"{Px(lastX)}\" y2=\"{Py(Linear(points, lastX))}\" stroke=\"#999\" stroke-dasharray=\"5,4\"/>\n"));
            svg.Append(Invariant($"<text x=\"{Px(lastX)}\" y=\"{Py(Linear(points, lastX)) - 8}\" text-anchor=\"end\" fill=\"#666\">linear (least squares through 0)</text>\n"));
            svg.Append("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"")
                .Append(string.Join(" ", points.Select(p => Invariant($"{Px(p.X):0.#},{Py(p.Y):0.#}"))))
                .Append("\"/>\n");
            foreach (var (x, y) in points)
            {
                svg.Append(Invariant($"<circle cx=\"{Px(x):0.#}\" cy=\"{Py(y):0.#}\" r=\"4\" fill=\"#1f77b4\"/>\n"));
                svg.Append(Invariant($"<text x=\"{Px(x) + 6:0.#}\" y=\"{Py(y) + 16:0.#}\" fill=\"#1f77b4\">{y:0.##} {unit}</text>\n"));
            }
        }

        /// <summary>The cost at <paramref name="x"/> of the linear fit through the origin: slope Σxy / Σx².</summary>
        private static double Linear(IReadOnlyList<(double X, double Y)> points, double x) =>
            x * points.Sum(p => p.X * p.Y) / points.Sum(p => p.X * p.X);

        /// <summary>(parameter value, mean seconds, megabytes allocated) from <c>*{benchmark}-report.csv</c>, in parameter order.</summary>
        private static List<(double X, double Seconds, double AllocatedMegabytes)> Read(string resultsFolder, string benchmark, string parameter)
        {
            var file = Directory.GetFiles(resultsFolder, "*" + benchmark + "-report.csv").Single();
            var lines = File.ReadAllLines(file);
            var header = SplitCsv(lines[0]);
            var xColumn = header.IndexOf(parameter);
            var meanColumn = header.IndexOf("Mean");
            var allocatedColumn = header.IndexOf("Allocated");
            return lines.Skip(1).Where(l => l.Length > 0).Select(SplitCsv)
                .Select(cells => (double.Parse(cells[xColumn], CultureInfo.InvariantCulture), Seconds(cells[meanColumn]), Megabytes(cells[allocatedColumn])))
                .OrderBy(p => p.Item1)
                .ToList();
        }

        /// <summary>The cells of a CSV line; BenchmarkDotNet quotes a cell that holds a comma (<c>"1,234.5 ms"</c>).</summary>
        private static List<string> SplitCsv(string line)
        {
            var cells = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            foreach (var c in line)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == ',' && !quoted)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else
                {
                    cell.Append(c);
                }
            }

            cells.Add(cell.ToString());
            return cells;
        }

        /// <summary>A mean such as <c>812.4 ms</c> or <c>1.234 s</c> in seconds.</summary>
        private static double Seconds(string mean)
        {
            var parts = mean.Trim().Split(' ');
            var value = double.Parse(parts[0], NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            return parts.Length < 2 ? value / 1e9 : parts[1] switch
            {
                "s" => value,
                "ms" => value / 1e3,
                "μs" or "us" => value / 1e6,
                _ => value / 1e9,
            };
        }

        /// <summary>An allocation such as <c>934.75 MB</c> or <c>512 KB</c> in megabytes.</summary>
        private static double Megabytes(string allocated)
        {
            var parts = allocated.Trim().Split(' ');
            var value = double.Parse(parts[0], NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            return parts.Length < 2 ? value / (1024 * 1024) : parts[1] switch
            {
                "GB" => value * 1024,
                "MB" => value,
                "KB" => value / 1024,
                _ => value / (1024 * 1024),
            };
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
