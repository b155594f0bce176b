namespace Peering.Rules.Catalogue
{
    /// <summary>How serious a finding is; <see cref="NotApplicable"/> when a profile has no such rule.</summary>
    public enum RuleSeverity
    {
        NotApplicable,
        Info,
        Warning,
        Error,
    }
}
