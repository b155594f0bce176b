namespace Peering.Rules.Identity
{
    /// <summary>The outcome of <see cref="ArmResourceId.Parse"/>: an id, or a problem with a reason.</summary>
    public sealed class ArmResourceIdParseResult
    {
        private readonly string? detail;

        private ArmResourceIdParseResult(ArmResourceId? id, ResourceIdProblem problem, string? detail)
        {
            Id = id;
            Problem = problem;
            this.detail = detail;
        }

        /// <summary>The parsed id; set exactly when <see cref="Problem"/> is None.</summary>
        public ArmResourceId? Id { get; }

        public ResourceIdProblem Problem { get; }

        internal static ArmResourceIdParseResult Valid(ArmResourceId id) =>
            new ArmResourceIdParseResult(id, ResourceIdProblem.None, null);

        internal static ArmResourceIdParseResult Failed(ResourceIdProblem problem) =>
            new ArmResourceIdParseResult(null, problem, null);

        internal static ArmResourceIdParseResult Malformed(string detail) =>
            new ArmResourceIdParseResult(null, ResourceIdProblem.Malformed, detail);

        /// <summary>
        /// A short English reason that does not repeat the id (callers quote it already and ids are long),
        /// e.g. "it does not start with '/subscriptions/'".
        /// </summary>
        public string Describe()
        {
            switch (Problem)
            {
                case ResourceIdProblem.None:
                    return "it is a valid " + Id!.ResourceType + " resource id";
                case ResourceIdProblem.Empty:
                    return "it is empty";
                case ResourceIdProblem.NotAbsolute:
                    return "it does not start with '/subscriptions/'";
                case ResourceIdProblem.TenantPrefix:
                    return "it starts with '/tenants/'; a peering needs an id that starts with '/subscriptions/'";
                default:
                    return detail!;
            }
        }

        public override string ToString() => Describe();
    }
}
