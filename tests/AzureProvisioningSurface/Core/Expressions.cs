namespace Azure.Provisioning.Expressions
{
    /// <summary>A Bicep expression: what a value compiles to when it is not a literal.</summary>
    public abstract class BicepExpression
    {
        internal BicepExpression()
        {
        }
    }

    /// <summary>One statement of a compiled Bicep file.</summary>
    public abstract class BicepStatement
    {
        internal BicepStatement()
        {
        }
    }
}
