hub = { name = "hub", space = ["10.0.0.0/16"] }
spokes = {
  app  = { space = ["10.1.0.0/16"] }
  data = { space = ["10.1.128.0/17", "fd00::/48"], transit = false }
}
