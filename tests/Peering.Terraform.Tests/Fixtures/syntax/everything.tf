# A file that uses every piece of HCL syntax the reader knows, for the parser tests and the every-prefix test.
terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 4.0" }
  }
}

variable "spokes" {
  type = map(object({
    address_space = list(string)
    transit       = optional(bool, true)
  }))
  default = {
    app  = { address_space = ["10.1.0.0/16"] }
    data = { address_space = ["10.2.0.0/16"], transit = false }
  }
}

locals {
  prefix  = "contoso-${var.environment}" // the naming prefix
  regions = ["westeurope", "northeurope"]
  /* a block comment
     over two lines */
  subnets = { for name, spoke in var.spokes : name => cidrsubnet(spoke.address_space[0], 8, 1) if spoke.transit }
  grouped = { for s in local.regions : substr(s, 0, 1) => s... }
  names   = [for i, r in local.regions : "${local.prefix}-${r}-${i}"]
  first   = local.names[0]
  legacy  = local.names.0
  ids     = azurerm_virtual_network.spoke[*].id
  attrs   = azurerm_virtual_network.spoke.*.name
  math    = -1 + 2 * 3 % 4 / 1 - (5 - 6)
  logic   = !true || false && 1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 3 && 1 == 1 && 1 != 2
  chosen  = var.environment == "prod" ? "Standard" : "Basic"
  multi = (
    var.environment == "prod"
    ? 2
    : 1
  )
  escaped  = "tab\there \"quoted\" \\ $${not} %%{not} \u00e9"
  template = "%{if local.first != ""}first=${local.first}%{else}none%{endif} %{for r in local.regions}${r},%{endfor}"
  stripped = "a ${~ " b " ~} c"
  heredoc  = <<EOT
hub ${local.prefix}
  indented
EOT
  flush    = <<-EOT
    one
      two
    EOT
  json     = jsonencode({ properties = { allowForwardedTraffic = true } })
  spread   = max([1, 2, 3]...)
  keyed    = { (local.prefix) = 1, "quoted" = 2, bare = 3, colon: 4 }
  nsfunc   = provider::azapi::build_resource_id("/subscriptions/x", "Microsoft.Network/virtualNetworks", "hub")
}

resource "azurerm_virtual_network" "spoke" {
  for_each            = var.spokes
  name                = "${local.prefix}-${each.key}"
  location            = "westeurope"
  resource_group_name = "rg-network"
  address_space       = each.value.address_space

  dynamic "subnet" {
    for_each = { workloads = 1 }
    iterator = s
    content {
      name             = s.key
      address_prefixes = [cidrsubnet(each.value.address_space[0], 8, s.value)]
    }
  }

  lifecycle { ignore_changes = [tags] }
}

resource "azurerm_virtual_network_peering" "spoke_to_hub" {
  for_each                  = azurerm_virtual_network.spoke
  name                      = "${each.key}-to-hub"
  resource_group_name       = each.value.resource_group_name
  virtual_network_name      = each.value.name
  remote_virtual_network_id = azurerm_virtual_network.hub.id
  use_remote_gateways       = var.spokes[each.key].transit
}
