namespace Peering.Rules.Model
{
    /// <summary>An address prefix written for a VNet or subnet, checked for validity.</summary>
    public sealed class AddressPrefixUse
    {
        public AddressPrefixUse(string text, string owner, object? source)
        {
            Text = text;
            Owner = owner;
            Source = source;
        }

        public string Text { get; }

        /// <summary>What the prefix is for, for messages: "the address space of VNet 'hub'".</summary>
        public string Owner { get; }

        public object? Source { get; }
    }
}
