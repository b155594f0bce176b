using System.IO;

namespace Peering.Cli.Output
{
    /// <summary>Renders a <see cref="Report"/> in one output format.</summary>
    public interface IReportWriter
    {
        void Write(Report report, TextWriter output);
    }
}
