locals {
  # The model each regional deployment calls.
  model_by_region = {
    "us-east-1"      = "us.amazon.nova-pro-v1:0" # expect: none
    "eu-west-1"      = "eu.amazon.nova-pro-v1:0" # expect: none
    "ap-northeast-1" = "apac.amazon.nova-pro-v1:0" # expect: none
    "us-west-2"      = "apac.amazon.nova-pro-v1:0" # expect: no-region-unavailable-model-id
  }
}
