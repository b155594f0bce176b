namespace Azure.Provisioning.Network
{
    public enum RouteNextHopType
    {
        VirtualNetworkGateway = 0,
        VnetLocal = 1,
        Internet = 2,
        VirtualAppliance = 3,
        None = 4,
    }

    public enum VirtualNetworkPeeringState
    {
        Initiated = 0,
        Connected = 1,
        Disconnected = 2,
    }

    public enum VirtualNetworkPeeringLevel
    {
        FullyInSync = 0,
        RemoteNotInSync = 1,
        LocalNotInSync = 2,
        LocalAndRemoteNotInSync = 3,
    }
}
