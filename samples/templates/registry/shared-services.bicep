// The shared-services spoke, built with the platform team's spoke module from their registry (the alias br/platform is
// set in bicepconfig.json). The module peers the spoke and the hub both ways with the values given here, and the
// range given here lies inside the hub's 10.0.0.0/16, so Azure refuses the peerings. The module also writes both
// peerings at once, while Azure checks the hub's peering back when it writes the spoke's, which uses the hub's gateway.
module shared 'br/platform:spoke-vnet:1.0.0' = { // expect: PEER201 PEER110
  name: 'shared-services'
  params: {
    name: 'spoke-shared'
    location: 'westeurope'
    addressPrefix: '10.0.64.0/20'
    hubName: 'hub-weu'
  }
}
