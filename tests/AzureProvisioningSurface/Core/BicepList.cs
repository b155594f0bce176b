using System.Collections;
using System.Collections.Generic;

namespace Azure.Provisioning
{
    /// <summary>A list property: <c>AddressPrefixes = { "10.0.0.0/16" }</c> adds through <see cref="Add"/>.</summary>
    public class BicepList<T> : BicepValue, IList<BicepValue<T>>, IReadOnlyList<BicepValue<T>>
    {
        public BicepList() => throw StandIn.NotLinked();

        public BicepList(IList<BicepValue<T>>? values) => throw StandIn.NotLinked();

        public int Count => throw StandIn.NotLinked();

        public bool IsReadOnly => throw StandIn.NotLinked();

        public BicepValue<T> this[int index]
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public void Add(BicepValue<T> item) => throw StandIn.NotLinked();

        public void Assign(BicepList<T> source) => throw StandIn.NotLinked();

        public void Clear() => throw StandIn.NotLinked();

        public bool Contains(BicepValue<T> item) => throw StandIn.NotLinked();

        public void CopyTo(BicepValue<T>[] array, int arrayIndex) => throw StandIn.NotLinked();

        public IEnumerator<BicepValue<T>> GetEnumerator() => throw StandIn.NotLinked();

        public int IndexOf(BicepValue<T> item) => throw StandIn.NotLinked();

        public void Insert(int index, BicepValue<T> item) => throw StandIn.NotLinked();

        public bool Remove(BicepValue<T> item) => throw StandIn.NotLinked();

        public void RemoveAt(int index) => throw StandIn.NotLinked();

        IEnumerator IEnumerable.GetEnumerator() => throw StandIn.NotLinked();

        public static implicit operator BicepList<T>(ProvisioningVariable reference) => throw StandIn.NotLinked();
    }

    /// <summary>A dictionary property (<c>Tags</c>).</summary>
    public class BicepDictionary<T> : BicepValue, IEnumerable<KeyValuePair<string, BicepValue<T>>>
    {
        public BicepDictionary() => throw StandIn.NotLinked();

        public BicepValue<T> this[string key]
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public void Add(string key, BicepValue<T> value) => throw StandIn.NotLinked();

        public IEnumerator<KeyValuePair<string, BicepValue<T>>> GetEnumerator() => throw StandIn.NotLinked();

        IEnumerator IEnumerable.GetEnumerator() => throw StandIn.NotLinked();

        public static implicit operator BicepDictionary<T>(ProvisioningVariable reference) => throw StandIn.NotLinked();
    }
}
