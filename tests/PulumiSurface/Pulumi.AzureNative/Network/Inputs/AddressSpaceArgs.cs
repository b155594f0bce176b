namespace Pulumi.AzureNative.Network.Inputs
{
    public sealed class AddressSpaceArgs : global::Pulumi.ResourceArgs
    {
        [Input("addressPrefixes")]
        private InputList<string>? _addressPrefixes;

        public InputList<string> AddressPrefixes
        {
            get => _addressPrefixes ?? (_addressPrefixes = new InputList<string>());
            set => _addressPrefixes = value;
        }
    }

    /// <summary>A reference to another resource by its id (<c>RemoteVirtualNetwork = new SubResourceArgs { Id = hub.Id }</c>).</summary>
    public sealed class SubResourceArgs : global::Pulumi.ResourceArgs
    {
        [Input("id")]
        public Input<string>? Id { get; set; }
    }
}
