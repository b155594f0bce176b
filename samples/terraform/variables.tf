variable "environment" {
  type    = string
  default = "prod"
}

variable "hub_address_space" {
  type = string
}

variable "spokes" {
  description = "The spokes peered to the hub, by name."
  type = map(object({
    address_space     = list(string)
    use_hub_gateway   = optional(bool, true)
    hub_offers_gateway = optional(bool, true)
  }))
}
