using Azure.Provisioning.Expressions;

namespace Azure.Provisioning
{
    public enum BicepValueKind
    {
        Unset = 0,
        Literal = 1,
        Expression = 2,
    }

    public interface IBicepValue
    {
        BicepValueKind Kind { get; }

        bool IsEmpty { get; }

        BicepExpression Compile();
    }

    /// <summary>A value that is unset, a literal, or a Bicep expression (a parameter, another resource's property).</summary>
    public abstract class BicepValue : IBicepValue
    {
        internal BicepValue()
        {
        }

        BicepValueKind IBicepValue.Kind => throw StandIn.NotLinked();

        public virtual bool IsEmpty => throw StandIn.NotLinked();

        public BicepExpression Compile() => throw StandIn.NotLinked();

        public static explicit operator BicepExpression(BicepValue value) => throw StandIn.NotLinked();
    }

    /// <summary>
    /// A typed value. The implicit conversions are the ones programs use: a literal <c>T</c> (<c>AllowGatewayTransit =
    /// true</c>), an expression, or a parameter or variable, whose value is only known when deployed.
    /// </summary>
    public class BicepValue<T> : BicepValue
    {
        public BicepValue(BicepExpression expression) => throw StandIn.NotLinked();

        public BicepValue(T literal) => throw StandIn.NotLinked();

        public T? Value => throw StandIn.NotLinked();

        public void Assign(BicepValue<T> source) => throw StandIn.NotLinked();

        public void ClearValue() => throw StandIn.NotLinked();

        public static implicit operator BicepValue<T>(T value) => throw StandIn.NotLinked();

        public static implicit operator BicepValue<T>(BicepExpression? expression) => throw StandIn.NotLinked();

        public static implicit operator BicepValue<T>(ProvisioningVariable reference) => throw StandIn.NotLinked();

        public static implicit operator BicepValue<string>(BicepValue<T> value) => throw StandIn.NotLinked();
    }
}
