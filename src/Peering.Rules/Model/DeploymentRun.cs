namespace Peering.Rules.Model
{
    /// <summary>
    /// One run that writes resources as a unit and orders its writes by what its source declares: a template deployment
    /// (with its nested deployments and modules), a Terraform root module's apply, a C# method. Writes of different runs
    /// are never compared: what orders them (a pipeline, a person) is outside the analysed source.
    /// </summary>
    public sealed class DeploymentRun
    {
        public DeploymentRun(string description, string orderingFix)
        {
            Description = description;
            OrderingFix = orderingFix;
        }

        /// <summary>What the run is, for messages: "the deployment of 'hub.json'".</summary>
        public string Description { get; }

        /// <summary>
        /// How this front end orders one write after others, as a message ends with it, where {0} stands for the writes to
        /// wait for and {1} for the write that must wait: "add {0} to the dependsOn of {1}".
        /// </summary>
        public string OrderingFix { get; }

        public override string ToString() => Description;
    }
}
