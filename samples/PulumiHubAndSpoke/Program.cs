// The stack's program: Pulumi runs the stack class, whose constructor declares the network.
return await Pulumi.Deployment.RunAsync<NetworkStack>();
