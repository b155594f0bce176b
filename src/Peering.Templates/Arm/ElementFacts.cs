using System.Collections.Generic;
using Peering.Rules.Identity;
using Peering.Rules.Model;
using Peering.Templates.Expressions;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// Template values as three-valued facts: absent when not written, known when evaluated, unknown otherwise, with the
    /// construct the reader did not evaluate when that is why.
    /// </summary>
    internal static class ElementFacts
    {
        public static Fact<bool> Bool(TemplateElement? element, SourceLocation absentAt) =>
            element == null ? Fact<bool>.Absent(absentAt)
            : element.Value is ArmBool b ? Fact<bool>.Known(b.Value, element.Location)
            : Unknown<bool>(element);

        public static Fact<string> String(TemplateElement? element, SourceLocation absentAt) =>
            element == null ? Fact<string>.Absent(absentAt)
            : element.String is string text ? Fact<string>.Known(text, element.Location)
            : Unknown<string>(element);

        /// <summary>A list of strings: known when it and every item evaluate to strings, else unknown because of the first that does not.</summary>
        public static Fact<IReadOnlyList<string>> Strings(TemplateElement? element, SourceLocation absentAt)
        {
            if (element == null)
            {
                return Fact<IReadOnlyList<string>>.Absent(absentAt);
            }

            var items = element.Items();
            if (items == null)
            {
                return Unknown<IReadOnlyList<string>>(element);
            }

            var strings = new List<string>(items.Count);
            foreach (var item in items)
            {
                if (item.String is not string text)
                {
                    return Unknown<IReadOnlyList<string>>(item);
                }

                strings.Add(text);
            }

            return Fact<IReadOnlyList<string>>.Known(strings, element.Location);
        }

        /// <summary>Unknown, because of what made <paramref name="element"/> unknown (nothing recorded for a value of the wrong kind).</summary>
        public static Fact<T> Unknown<T>(TemplateElement element) => Fact<T>.UnknownBecause(element.UnknownCause);

        /// <summary>A region as the model compares them: <c>West Europe</c> and <c>westeurope</c> are one.</summary>
        public static Fact<string> Region(TemplateElement? element, SourceLocation absentAt)
        {
            var region = String(element, absentAt);
            return region.IsKnown ? Fact<string>.Known(AzureRegion.Normalize(region.Value), region.Source) : region;
        }
    }
}
