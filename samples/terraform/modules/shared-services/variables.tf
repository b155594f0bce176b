variable "name" {
  type = string
}

variable "location" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "address_space" {
  type = string
}

variable "hub_id" {
  description = "The id of the hub VNet this VNet peers with."
  type        = string
}
