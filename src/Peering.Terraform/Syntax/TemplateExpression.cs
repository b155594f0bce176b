using System.Collections.Generic;

namespace Peering.Terraform.Syntax
{
    /// <summary>
    /// A quoted string or heredoc with interpolations (<c>${...}</c>) or directives (<c>%{if}</c>, <c>%{for}</c>).
    /// A template that is one interpolation and nothing else yields the interpolated value itself (<c>"${true}"</c> is a bool).
    /// </summary>
    internal sealed class TemplateExpression : Expression
    {
        public TemplateExpression(IReadOnlyList<TemplatePart> parts, TextRange range)
            : base(range)
        {
            Parts = parts;
        }

        public IReadOnlyList<TemplatePart> Parts { get; }

        /// <summary>The interpolated expression when the template is <c>"${expression}"</c> alone.</summary>
        public Expression? SoleInterpolation => Parts.Count == 1 && Parts[0] is InterpolationPart only ? only.Expression : null;
    }

    internal abstract record TemplatePart;

    internal sealed record LiteralPart(string Text) : TemplatePart;

    internal sealed record InterpolationPart(Expression Expression) : TemplatePart;

    /// <summary><c>%{ if condition }...%{ else }...%{ endif }</c>.</summary>
    internal sealed record IfPart(Expression Condition, IReadOnlyList<TemplatePart> WhenTrue, IReadOnlyList<TemplatePart> WhenFalse) : TemplatePart;

    /// <summary><c>%{ for k, v in collection }...%{ endfor }</c>.</summary>
    internal sealed record ForPart(string? KeyName, string ValueName, Expression Collection, IReadOnlyList<TemplatePart> Body) : TemplatePart;
}
