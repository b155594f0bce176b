using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts
{
    /// <summary>Subnets of known VNets and the gateways deployed into them: a gateway's IP configuration names its VNet's subnet.</summary>
    internal sealed partial class MethodInterpreter
    {
        private Value? SubnetCollectionCall(IInvocationOperation invocation)
        {
            var collection = Eval(invocation.Instance) as SubnetOfNetworkValue;
            if (collection != null && invocation.TargetMethod.Name is "CreateOrUpdate" or "CreateOrUpdateAsync"
                && Eval(Argument(invocation, "data")) is SubnetObject subnet)
            {
                Associate(collection.Network, new[] { subnet });
            }

            EscapeArguments(invocation);
            return invocation.TargetMethod.Name is "Get" or "GetAsync" or "CreateOrUpdate" or "CreateOrUpdateAsync" ? collection : null;
        }

        /// <summary>
        /// <c>GetVirtualNetworkGateways().CreateOrUpdate(..., data)</c>: each VNet whose subnet the data names has a gateway.
        /// A gateway created in a branch counts too: the analysis then never claims the VNet has none.
        /// </summary>
        private Value? GatewayCollectionCall(IInvocationOperation invocation)
        {
            Eval(invocation.Instance);
            if (invocation.TargetMethod.Name is not ("CreateOrUpdate" or "CreateOrUpdateAsync"))
            {
                EscapeArguments(invocation);
                return null;
            }

            if (Eval(Argument(invocation, "data")) is GatewayDataObject gateway)
            {
                foreach (var network in gateway.Networks)
                {
                    network.HasGateway = Fact<bool>.Known(true, invocation.Syntax.GetLocation());
                }
            }

            return null;
        }

        private void EscapeArguments(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                Escape(Eval(argument.Value));
            }
        }
    }
}
