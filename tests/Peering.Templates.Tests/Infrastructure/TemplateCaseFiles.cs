using System.Collections.Generic;
using System.Linq;

namespace Peering.Templates.Tests.Infrastructure
{
    /// <summary>
    /// A template case: an ARM JSON file under Cases/&lt;rule id&gt;/ with the same finding markup as the C# cases
    /// (<see cref="CaseMarkup"/>), where each marked text starts at the place the finding points at. Leading comment lines
    /// (ARM accepts comments) can leave whole-topology rules out (<c>// ignore: PEER301</c>) or ask for a closed world.
    /// </summary>
    public sealed record TemplateCaseFile(string Name, string Text)
    {
        public IReadOnlySet<string> IgnoredRules { get; } = CaseMarkup.IgnoredRules(Text);

        public bool ClosedWorld { get; } = CaseMarkup.ClosedWorld(Text);
    }

    public static class TemplateCaseFiles
    {
        public static IReadOnlyList<TemplateCaseFile> All { get; } = CaseMarkup.ReadCases("*.json").Select(c => new TemplateCaseFile(c.Name, c.Text)).ToArray();

        public static TemplateCaseFile Get(string name) => All.Single(c => c.Name == name);
    }
}
