using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace HubAndSpoke
{
    /// <summary>Stands in for DefaultAzureCredential so the sample needs no extra package; the sample is built, never run.</summary>
    internal sealed class PlaceholderCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => default;

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => default;
    }
}
