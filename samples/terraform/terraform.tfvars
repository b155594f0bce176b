hub_address_space = "10.0.0.0/16"

spokes = {
  # The application spoke uses the hub's VPN gateway.
  app = {
    address_space = ["10.1.0.0/16"]
  }
  # The hub does not offer its gateway to the reporting spoke, which still asks for it (PEER104 in spokes.tf).
  reporting = {
    address_space      = ["10.2.0.0/16"]
    hub_offers_gateway = false
  }
  # The data spoke overlaps the application spoke, so Azure rejects the hub's link to it (PEER202 in spokes.tf).
  data = {
    address_space   = ["10.1.128.0/17"]
    use_hub_gateway = false
  }
}
